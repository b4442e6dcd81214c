"""Lightweight KFP components of the churn pipelines."""
