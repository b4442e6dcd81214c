"""The churn model's own code, carried by the `churn-trainer` image (see ../../Dockerfile)."""
