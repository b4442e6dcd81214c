"""Daily batch scoring and the drift check that watches it."""

from typing import NamedTuple, Optional

from kfp import dsl
from kfp.dsl import Dataset, Input, Metrics, Model, Output

from components.images import AIPLATFORM, BIGQUERY, PYTHON_IMAGE, TRAINER_IMAGE


@dsl.component(base_image=PYTHON_IMAGE, packages_to_install=[AIPLATFORM])
def resolve_model(project: str, region: str, model_name: str, model: Output[Model]):
    """Points `model` at the files of the default version of `model_name` in the registry."""
    from google.cloud import aiplatform

    aiplatform.init(project=project, location=region)
    found = aiplatform.Model.list(filter=f'display_name="{model_name}"')
    if not found:
        raise RuntimeError(f"no model named {model_name} in {project}/{region}")
    registered = aiplatform.Model(found[0].resource_name)  # the default version
    model.uri = registered.uri
    model.metadata.update(resource_name=registered.resource_name, version=registered.version_id)


@dsl.component(base_image=TRAINER_IMAGE)
def score_customers(
    project: str,
    bq_dataset: str,
    source_table: str,
    model: Input[Model],
    predictions: Output[Dataset],
    scoring_date: Optional[str] = None,
):
    """Scores the customers active on `scoring_date` (default: yesterday, UTC)."""
    import datetime

    from churn import data, model as churn_model

    day = scoring_date or str(datetime.date.today() - datetime.timedelta(days=1))
    frame = data.read_day(project, f"{project}.{bq_dataset}.{source_table}", day)
    scored = churn_model.score(frame, model.path)
    scored.to_parquet(predictions.path, index=False)
    predictions.metadata.update(rows=len(scored), scoring_date=day)


@dsl.component(base_image=PYTHON_IMAGE, packages_to_install=[BIGQUERY])
def write_predictions(
    project: str,
    region: str,
    bq_dataset: str,
    predictions_table: str,
    predictions: Input[Dataset],
) -> NamedTuple("WriteOutputs", [("table", str), ("rows", int)]):
    """Appends the day's predictions to `predictions_table`."""
    from collections import namedtuple

    from google.cloud import bigquery

    client = bigquery.Client(project=project, location=region)
    table_id = f"{project}.{bq_dataset}.{predictions_table}"
    config = bigquery.LoadJobConfig(
        source_format=bigquery.SourceFormat.PARQUET,
        write_disposition=bigquery.WriteDisposition.WRITE_APPEND,
    )
    with open(predictions.path, "rb") as parquet:
        job = client.load_table_from_file(parquet, table_id, job_config=config).result()
    return namedtuple("WriteOutputs", ["table", "rows"])(table_id, job.output_rows)


@dsl.component(base_image=TRAINER_IMAGE)
def check_drift(
    project: str,
    pipeline_name: str,
    drift_threshold: float,
    model: Input[Model],
    predictions: Input[Dataset],
    metrics: Output[Metrics],
) -> NamedTuple("DriftOutputs", [("psi", float), ("drift_detected", bool)]):
    """Compares today's scores with the training baseline (population stability index) and
    writes custom.googleapis.com/churn/prediction_drift/* for the alert policy in mlops.yaml."""
    from collections import namedtuple

    from churn import drift

    psi = drift.population_stability_index(model.path, predictions.path)
    detected = psi > drift_threshold
    metrics.log_metric("psi", psi)
    drift.publish(project, pipeline_name, psi=psi, detected=detected)
    return namedtuple("DriftOutputs", ["psi", "drift_detected"])(psi, detected)
