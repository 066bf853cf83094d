# shellcheck shell=bash
# test-stack.sh's authentication checks, on consent-service: no token is 401; a token.sh token verifies with the
# public key the services were given and is accepted; a forged signature is 401; health stays open with a token.
# Sourced by test-stack.sh, never run.

# b64d TEXT: TEXT base64url-decoded.
b64d() {
  local x
  x="$(printf '%s' "$1" | tr '_-' '/+')"
  while ((${#x} % 4)); do x+="="; done
  printf '%s' "$x" | openssl base64 -d -A
}

check_authentication() {
  local url code token t_header t_payload t_sig sigfile forged
  section "authentication (consent-service)"
  url="http://127.0.0.1:8081$API_PATH"
  code="$(http_code "$url")"
  if [[ "$code" == 401 ]]; then pass "GET $API_PATH without a token -> 401"; else fail "GET $API_PATH without a token -> $code (expected 401)"; fi

  if token="$("$LOCAL_DIR/token.sh" --sub cw-1 --org kommun-0583 --org-type MUNICIPALITY --groups caseworker,manager)"; then
    pass "token.sh minted a token"
    # The token verifies against the public key the services were given.
    IFS=. read -r t_header t_payload t_sig <<<"$token"
    sigfile="$(mktemp)"
    b64d "$t_sig" >"$sigfile"
    if printf '%s.%s' "$t_header" "$t_payload" | openssl dgst -sha256 -verify "$JWT_PUBLIC_KEY" -signature "$sigfile" >/dev/null 2>&1; then
      pass "token signature verifies with $JWT_PUBLIC_KEY"
    else
      fail "token signature does not verify with $JWT_PUBLIC_KEY"
    fi
    rm -f "$sigfile"

    code="$(http_code "$url" -H "Authorization: Bearer $token")"
    if [[ "$code" == 200 ]]; then pass "GET $API_PATH with a token.sh token -> 200"; else fail "GET $API_PATH with a token.sh token -> $code (expected 200)"; fi
    # A token signed with another key must be refused.
    forged="$t_header.$t_payload.$(printf 'not-a-signature' | openssl base64 -A | tr '+/' '-_' | tr -d '=')"
    code="$(http_code "$url" -H "Authorization: Bearer $forged")"
    if [[ "$code" == 401 ]]; then pass "GET $API_PATH with a forged signature -> 401"; else fail "GET $API_PATH with a forged signature -> $code (expected 401)"; fi
  else
    fail "token.sh failed"
  fi

  # Health and OpenAPI stay open with a token too (and never require one).
  code="$(http_code "http://127.0.0.1:8081/q/health/ready" -H "Authorization: Bearer ${token:-x}")"
  if [[ "$code" == 200 ]]; then pass "/q/health/ready with a token -> 200"; else fail "/q/health/ready with a token -> $code"; fi
}
