"""Reads the BigQuery tables the pipelines write."""

from google.cloud import bigquery


def read_table(project, table_id):
    return bigquery.Client(project=project).list_rows(table_id).to_dataframe()


def read_day(project, table_id, day):
    """Rows of `table_id` for the customers active on `day` (YYYY-MM-DD)."""
    query = f"SELECT * FROM `{table_id}` WHERE snapshot_date = @day"
    config = bigquery.QueryJobConfig(
        query_parameters=[bigquery.ScalarQueryParameter("day", "DATE", day)]
    )
    return bigquery.Client(project=project).query(query, job_config=config).to_dataframe()
