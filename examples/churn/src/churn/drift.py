"""Prediction drift: today's score distribution against the training baseline."""

import json
import os
import time

import numpy as np
import pandas as pd
from google.cloud import monitoring_v3

from churn.model import BASELINE_FILE

METRIC = "custom.googleapis.com/churn/prediction_drift"


def population_stability_index(model_dir, predictions_path, bins=10):
    with open(os.path.join(model_dir, BASELINE_FILE)) as f:
        baseline = np.array(json.load(f))
    today = pd.read_parquet(predictions_path)["churn_probability"].to_numpy()
    edges = np.quantile(baseline, np.linspace(0, 1, bins + 1))
    edges[0], edges[-1] = -np.inf, np.inf
    # Floor the shares so an empty bin does not make the index infinite.
    expected = np.maximum(np.histogram(baseline, edges)[0] / len(baseline), 1e-4)
    actual = np.maximum(np.histogram(today, edges)[0] / len(today), 1e-4)
    return float(np.sum((actual - expected) * np.log(actual / expected)))


def publish(project, pipeline_name, *, psi, detected):
    """Writes {METRIC}/psi and {METRIC}/drift_detected (0 or 1) for the pipeline."""
    client = monitoring_v3.MetricServiceClient()
    now = time.time()
    interval = monitoring_v3.TimeInterval(
        {"end_time": {"seconds": int(now), "nanos": int((now % 1) * 1e9)}}
    )
    values = {"psi": {"double_value": psi}, "drift_detected": {"int64_value": int(detected)}}
    series = []
    for name, value in values.items():
        ts = monitoring_v3.TimeSeries()
        ts.metric.type = f"{METRIC}/{name}"
        ts.metric.labels["pipeline"] = pipeline_name
        ts.resource.type = "global"
        ts.points = [monitoring_v3.Point({"interval": interval, "value": value})]
        series.append(ts)
    client.create_time_series(name=f"projects/{project}", time_series=series)
