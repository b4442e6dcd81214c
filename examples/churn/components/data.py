"""Lands the raw CSV extracts in BigQuery, where training and evaluation read them."""

from typing import NamedTuple

from kfp import dsl

from components.images import BIGQUERY, PYTHON_IMAGE


@dsl.component(base_image=PYTHON_IMAGE, packages_to_install=[BIGQUERY])
def create_bq_dataset(project: str, region: str, bq_dataset: str) -> str:
    """Creates the dataset if it is missing; its default CMEK key applies to every table."""
    from google.cloud import bigquery

    client = bigquery.Client(project=project, location=region)
    dataset = bigquery.Dataset(f"{project}.{bq_dataset}")
    dataset.location = region
    return client.create_dataset(dataset, exists_ok=True).full_dataset_id


@dsl.component(base_image=PYTHON_IMAGE, packages_to_install=[BIGQUERY])
def ingest_csv_to_bigquery(
    project: str, region: str, bq_dataset: str, source_uri: str, table: str
) -> NamedTuple("IngestOutputs", [("table", str), ("rows", int)]):
    """Replaces `table` with the CSV at `source_uri` (a gs:// URI, header row, schema detected)."""
    from collections import namedtuple

    from google.cloud import bigquery

    client = bigquery.Client(project=project, location=region)
    table_id = f"{project}.{bq_dataset}.{table}"
    config = bigquery.LoadJobConfig(
        source_format=bigquery.SourceFormat.CSV,
        skip_leading_rows=1,
        autodetect=True,
        write_disposition=bigquery.WriteDisposition.WRITE_TRUNCATE,
    )
    client.load_table_from_uri(source_uri, table_id, job_config=config).result()
    rows = client.get_table(table_id).num_rows
    if rows == 0:
        raise ValueError(f"{source_uri} has no rows")
    return namedtuple("IngestOutputs", ["table", "rows"])(table_id, rows)
