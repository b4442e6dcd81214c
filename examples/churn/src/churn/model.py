"""Training, evaluation and scoring of the churn classifier (logistic regression by SGD)."""

import json
import os

import joblib
import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import confusion_matrix, roc_auc_score, roc_curve
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from churn.features import CUSTOMER_ID, TARGET, split

MODEL_FILE = "model.joblib"
# Scores of the training rows: the baseline the daily drift check compares against.
BASELINE_FILE = "baseline_scores.json"


def train(frame, model_dir, *, features, epochs, learning_rate, batch_size):
    numeric, categorical = split(features)
    prep = ColumnTransformer(
        [
            ("numeric", StandardScaler(), numeric),
            ("categorical", OneHotEncoder(handle_unknown="ignore"), categorical),
        ]
    )
    x, y = prep.fit_transform(frame[features]), frame[TARGET].to_numpy()
    classifier = SGDClassifier(loss="log_loss", learning_rate="constant", eta0=learning_rate)
    rng = np.random.default_rng(0)
    for _ in range(epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(y), batch_size):
            batch = order[start : start + batch_size]
            classifier.partial_fit(x[batch], y[batch], classes=[0, 1])
    model = Pipeline([("prep", prep), ("classifier", classifier)])

    os.makedirs(model_dir, exist_ok=True)
    joblib.dump(model, os.path.join(model_dir, MODEL_FILE))
    scores = model.predict_proba(frame[features])[:, 1]
    with open(os.path.join(model_dir, BASELINE_FILE), "w") as f:
        json.dump(scores.round(4).tolist(), f)
    return {"train_auc": float(roc_auc_score(y, scores)), "rows": len(y)}


def load(model_dir):
    return joblib.load(os.path.join(model_dir, MODEL_FILE))


def evaluate(frame, model_dir):
    model = load(model_dir)
    y = frame[TARGET].to_numpy()
    scores = model.predict_proba(frame)[:, 1]
    fpr, tpr, thresholds = roc_curve(y, scores)
    return {
        "auc": float(roc_auc_score(y, scores)),
        "fpr": fpr.tolist(),
        "tpr": tpr.tolist(),
        # roc_curve's first threshold is +inf, which is not valid JSON.
        "thresholds": np.minimum(thresholds, 1.0).tolist(),
        "confusion_matrix": confusion_matrix(y, scores >= 0.5).tolist(),
    }


def score(frame, model_dir):
    """`frame`'s customer ids with their churn probability."""
    scored = frame[[CUSTOMER_ID]].copy()
    scored["churn_probability"] = load(model_dir).predict_proba(frame)[:, 1]
    return scored
