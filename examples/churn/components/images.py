"""Container images the components run in."""

# Lightweight components that need only a few client libraries install them on this image.
PYTHON_IMAGE = "python:3.11-slim"

# The `churn-trainer` image of mlops.yaml (Dockerfile + src/churn): training, evaluation, scoring
# and serving run the repository's own code in it. This is the image's name, not a pushed
# reference; whatever deploys the pipeline points it at the built image.
TRAINER_IMAGE = "churn-trainer"

BIGQUERY = "google-cloud-bigquery==3.47.0"
AIPLATFORM = "google-cloud-aiplatform==1.165.1"
