-- The signing secrets are kept encrypted (AES-256-GCM with the deployment's sip.webhook.secret-key): "v1:" and the
-- base64 of nonce, ciphertext and tag, longer than the whsec_ value itself. A migration has no key, so the secrets
-- stored before this stay plaintext here and are encrypted by the service at start-up (PlaintextSecrets), and on
-- their first use by one that finds any left.
ALTER TABLE webhook_subscription ALTER COLUMN secret TYPE varchar(200);
ALTER TABLE webhook_subscription ALTER COLUMN previous_secret TYPE varchar(200);
