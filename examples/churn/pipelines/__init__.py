"""The churn pipelines; each module defines one @dsl.pipeline function."""
