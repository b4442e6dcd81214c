"""Daily batch inference: load the registered model -> score -> write predictions -> drift check.

Scheduled by mlops.yaml; the drift check publishes the metric its alert policy watches.
"""

from typing import Optional

from kfp import dsl

from components.inference import check_drift, resolve_model, score_customers, write_predictions


@dsl.pipeline(
    name="churn-batch-inference",
    description="Scores the day's active customers with the registered model; checks drift.",
)
def churn_batch_inference_pipeline(
    project: str = "acme-churn-nprod",
    region: str = "australia-southeast1",
    bq_dataset: str = "churn",
    model_name: str = "churn-classifier",
    source_table: str = "customers_daily",
    predictions_table: str = "predictions",
    scoring_date: Optional[str] = None,
    drift_threshold: float = 0.2,
):
    model = resolve_model(project=project, region=region, model_name=model_name)
    # The registry's default version can change between runs; always look it up again.
    model.set_display_name("load-model").set_caching_options(False)

    scoring = score_customers(
        project=project,
        bq_dataset=bq_dataset,
        source_table=source_table,
        scoring_date=scoring_date,
        model=model.outputs["model"],
    ).set_display_name("score")
    scoring.set_cpu_limit("2").set_memory_limit("8G")

    write_predictions(
        project=project,
        region=region,
        bq_dataset=bq_dataset,
        predictions_table=predictions_table,
        predictions=scoring.outputs["predictions"],
    ).set_display_name("write-predictions")

    check_drift(
        project=project,
        pipeline_name="churn-batch-inference",
        drift_threshold=drift_threshold,
        model=model.outputs["model"],
        predictions=scoring.outputs["predictions"],
    ).set_display_name("drift-check")
