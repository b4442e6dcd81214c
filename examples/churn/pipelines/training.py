"""Churn model training: ingest -> train -> evaluate -> deploy, only when the model is good enough.

The shape follows the census-income pipeline of the dev-to-prod write-up: the raw extracts land in
BigQuery, a training step fits the model, an evaluation step decides, and deployment runs only on
a positive decision (and only where `deploy` is on, e.g. not for a nprod experiment).
"""

from typing import List

from kfp import dsl

from components.data import create_bq_dataset, ingest_csv_to_bigquery
from components.deployment import deploy_model, record_rejection, upload_model
from components.images import TRAINER_IMAGE
from components.training import evaluate_model, train_model

FEATURES = ["tenure_months", "monthly_charges", "support_tickets", "contract_type"]


@dsl.pipeline(
    name="churn-training",
    description="Trains the churn classifier and deploys it when its AUC reaches min_auc.",
)
def churn_training_pipeline(
    project: str = "acme-churn-nprod",
    region: str = "australia-southeast1",
    bq_dataset: str = "churn",
    train_data_uri: str = "gs://acme-churn-nprod-data/churn/train.csv",
    eval_data_uri: str = "gs://acme-churn-nprod-data/churn/eval.csv",
    features: List[str] = FEATURES,
    epochs: int = 10,
    learning_rate: float = 0.01,
    batch_size: int = 256,
    min_auc: float = 0.75,
    deploy: bool = True,
    model_name: str = "churn-classifier",
    endpoint_name: str = "churn-endpoint",
    machine_type: str = "n1-standard-2",
    max_replicas: int = 2,
):
    dataset = create_bq_dataset(project=project, region=region, bq_dataset=bq_dataset)
    ingested = {}
    for split, uri in (("train", train_data_uri), ("eval", eval_data_uri)):
        ingest = ingest_csv_to_bigquery(
            project=project, region=region, bq_dataset=bq_dataset, source_uri=uri, table=split
        ).after(dataset)
        # The extracts are replaced upstream under the same URI: never reuse a cached load.
        ingest.set_display_name(f"ingest-{split}").set_caching_options(False).set_retry(2)
        ingested[split] = ingest

    training = train_model(
        project=project,
        table=ingested["train"].outputs["table"],
        features=features,
        epochs=epochs,
        learning_rate=learning_rate,
        batch_size=batch_size,
    )
    training.set_display_name("train").set_cpu_limit("4").set_memory_limit("16G")

    evaluation = evaluate_model(
        project=project,
        table=ingested["eval"].outputs["table"],
        min_auc=min_auc,
        model=training.outputs["model"],
    ).set_display_name("evaluate")

    with dsl.If(deploy == True, name="deploy-enabled"):  # noqa: E712 (compiled to a condition)
        with dsl.If(evaluation.outputs["deploy_decision"] == "true", name="deploy-decision"):
            uploaded = upload_model(
                project=project,
                region=region,
                model_name=model_name,
                serving_image=TRAINER_IMAGE,
                auc=evaluation.outputs["auc"],
                model=training.outputs["model"],
            )
            deploy_model(
                project=project,
                region=region,
                endpoint_name=endpoint_name,
                model_resource=uploaded.outputs["model_resource"],
                machine_type=machine_type,
                max_replicas=max_replicas,
            )
        with dsl.Else(name="below-threshold"):
            record_rejection(model_name=model_name, auc=evaluation.outputs["auc"], min_auc=min_auc)
