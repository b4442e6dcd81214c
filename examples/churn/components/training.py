"""Training and evaluation; both run the repository's trainer code (src/churn) in its image."""

from typing import List, NamedTuple

from kfp import dsl
from kfp.dsl import ClassificationMetrics, Input, Metrics, Model, Output

from components.images import TRAINER_IMAGE


@dsl.component(base_image=TRAINER_IMAGE)
def train_model(
    project: str,
    table: str,
    features: List[str],
    epochs: int,
    learning_rate: float,
    batch_size: int,
    model: Output[Model],
    metrics: Output[Metrics],
):
    from churn import data, model as churn_model

    frame = data.read_table(project, table)
    summary = churn_model.train(
        frame,
        model.path,
        features=features,
        epochs=epochs,
        learning_rate=learning_rate,
        batch_size=batch_size,
    )
    model.metadata.update(framework="scikit-learn", features=features, rows=len(frame))
    for name, value in summary.items():
        metrics.log_metric(name, value)


@dsl.component(base_image=TRAINER_IMAGE)
def evaluate_model(
    project: str,
    table: str,
    min_auc: float,
    model: Input[Model],
    metrics: Output[ClassificationMetrics],
) -> NamedTuple("EvaluationOutputs", [("auc", float), ("deploy_decision", str)]):
    """Scores the held-out table; `deploy_decision` is "true" when the AUC reaches `min_auc`."""
    from collections import namedtuple

    from churn import data, model as churn_model

    result = churn_model.evaluate(data.read_table(project, table), model.path)
    metrics.log_roc_curve(result["fpr"], result["tpr"], result["thresholds"])
    metrics.log_confusion_matrix(["stays", "churns"], result["confusion_matrix"])
    decision = "true" if result["auc"] >= min_auc else "false"
    return namedtuple("EvaluationOutputs", ["auc", "deploy_decision"])(result["auc"], decision)
