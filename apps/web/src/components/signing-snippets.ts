// "How to verify" on the setup form: a receiver checks each push with a Standard Webhooks library.

/** Node.js (npm install standardwebhooks), e.g. in an Express handler with the raw body. */
export const NODE_SNIPPET = `import express from 'express';
import { Webhook } from 'standardwebhooks';

const app = express();
const wh = new Webhook(process.env.SIGNING_SECRET); // "whsec_…"

app.post('/hook', express.raw({ type: '*/*' }), (req, res) => {
  try {
    // Checks webhook-id, webhook-timestamp (5 minutes' tolerance) and webhook-signature.
    const record = wh.verify(req.body, req.headers);
    res.sendStatus(200);
  } catch {
    res.sendStatus(401); // not signed with your secret, changed, or too old
  }
});`;

/** Python (pip install standardwebhooks), e.g. in a Flask view. */
export const PYTHON_SNIPPET = `import os
from flask import Flask, request
from standardwebhooks.webhooks import Webhook

app = Flask(__name__)
wh = Webhook(os.environ["SIGNING_SECRET"])  # "whsec_…"

@app.post("/hook")
def hook():
    try:
        # Checks webhook-id, webhook-timestamp (5 minutes' tolerance) and webhook-signature.
        record = wh.verify(request.get_data(), dict(request.headers))
    except Exception:
        return "", 401  # not signed with your secret, changed, or too old
    return "", 200`;
