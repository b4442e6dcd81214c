"""Puts an approved model behind a Vertex AI endpoint, or records why it was not."""

from typing import NamedTuple

from kfp import dsl
from kfp.dsl import Input, Model

from components.images import AIPLATFORM, PYTHON_IMAGE


@dsl.component(base_image=PYTHON_IMAGE, packages_to_install=[AIPLATFORM])
def upload_model(
    project: str,
    region: str,
    model_name: str,
    serving_image: str,
    auc: float,
    model: Input[Model],
) -> NamedTuple("UploadOutputs", [("model_resource", str), ("version_id", str)]):
    """Adds the model as a new default version of `model_name` in the Model Registry."""
    from collections import namedtuple

    from google.cloud import aiplatform

    aiplatform.init(project=project, location=region)
    existing = aiplatform.Model.list(filter=f'display_name="{model_name}"')
    uploaded = aiplatform.Model.upload(
        display_name=model_name,
        parent_model=existing[0].resource_name if existing else None,
        is_default_version=True,
        artifact_uri=model.uri,
        serving_container_image_uri=serving_image,
        serving_container_predict_route="/predict",
        serving_container_health_route="/health",
        labels={"auc": str(round(auc * 1000))},
    )
    outputs = namedtuple("UploadOutputs", ["model_resource", "version_id"])
    return outputs(uploaded.resource_name, uploaded.version_id)


@dsl.component(base_image=PYTHON_IMAGE, packages_to_install=[AIPLATFORM])
def deploy_model(
    project: str,
    region: str,
    endpoint_name: str,
    model_resource: str,
    machine_type: str,
    max_replicas: int,
) -> NamedTuple("DeployOutputs", [("endpoint", str), ("deployed_model_id", str)]):
    """Sends all traffic of `endpoint_name` (created if missing) to the new model version."""
    from collections import namedtuple

    from google.cloud import aiplatform

    aiplatform.init(project=project, location=region)
    endpoints = aiplatform.Endpoint.list(filter=f'display_name="{endpoint_name}"')
    endpoint = endpoints[0] if endpoints else aiplatform.Endpoint.create(endpoint_name)
    model = aiplatform.Model(model_resource)
    model.deploy(
        endpoint=endpoint,
        machine_type=machine_type,
        min_replica_count=1,
        max_replica_count=max_replicas,
        traffic_percentage=100,
    )
    deployed = next(m for m in endpoint.list_models() if m.model == model.resource_name)
    return namedtuple("DeployOutputs", ["endpoint", "deployed_model_id"])(
        endpoint.resource_name, deployed.id
    )


@dsl.component(base_image=PYTHON_IMAGE)
def record_rejection(model_name: str, auc: float, min_auc: float) -> str:
    """Leaves a readable reason in the run, so a skipped deployment is not a silent one."""
    reason = f"{model_name} not deployed: AUC {auc:.4f} is below the required {min_auc:.4f}"
    print(reason)
    return reason
