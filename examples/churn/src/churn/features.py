"""Column names shared by training, scoring and serving, so the three cannot disagree."""

NUMERIC = ["tenure_months", "monthly_charges", "total_charges", "support_tickets"]
CATEGORICAL = ["contract_type", "payment_method"]
TARGET = "churned"
CUSTOMER_ID = "customer_id"


def split(features):
    """The numeric and the categorical columns among `features`, in the order given."""
    unknown = [f for f in features if f not in NUMERIC + CATEGORICAL]
    if unknown:
        raise ValueError(f"unknown features {unknown}; known: {NUMERIC + CATEGORICAL}")
    return [f for f in features if f in NUMERIC], [f for f in features if f in CATEGORICAL]
