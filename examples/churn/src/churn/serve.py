"""Prediction server for Vertex AI endpoints (the custom-container contract: AIP_* variables).

POST {"instances": [{column: value, ...}]} to AIP_PREDICT_ROUTE -> {"predictions": [p, ...]}.
"""

import json
import os
import tempfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pandas as pd
from google.cloud import storage

from churn.model import MODEL_FILE, load


def fetch_model(storage_uri):
    """Vertex gives the model directory as gs://; copy the one file the server needs."""
    bucket, _, prefix = storage_uri.removeprefix("gs://").partition("/")
    local = tempfile.mkdtemp()
    blob = storage.Client().bucket(bucket).blob(f"{prefix.rstrip('/')}/{MODEL_FILE}")
    blob.download_to_filename(os.path.join(local, MODEL_FILE))
    return load(local)


def main():
    model = fetch_model(os.environ["AIP_STORAGE_URI"])
    predict_route = os.environ.get("AIP_PREDICT_ROUTE", "/predict")
    health_route = os.environ.get("AIP_HEALTH_ROUTE", "/health")

    class Handler(BaseHTTPRequestHandler):
        def reply(self, status, body):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            self.reply(200 if self.path == health_route else 404, {})

        def do_POST(self):
            if self.path != predict_route:
                return self.reply(404, {})
            request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            frame = pd.DataFrame(request["instances"])
            self.reply(200, {"predictions": model.predict_proba(frame)[:, 1].tolist()})

    port = int(os.environ.get("AIP_HTTP_PORT", "8080"))
    ThreadingHTTPServer(("", port), Handler).serve_forever()


if __name__ == "__main__":
    main()
