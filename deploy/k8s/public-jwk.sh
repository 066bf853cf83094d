#!/usr/bin/env bash
# Prints the public half of an RSA key as a JWK under the given kid, for the key set in the Secret sip-jwt
# (deploy/README.md, step 2 and "Rotating a key"): RS256, modulus and exponent in base64url (RFC 7517, 7518). Reads a
# PEM private key (as openssl genpkey writes it) or public key; needs only openssl and jq.
#   k8s/public-jwk.sh plan-service.pem sip-service.plan-service >plan-service.jwk
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 KEY.pem KID" >&2
  exit 2
fi
public="$(openssl pkey -in "$1" -pubout 2>/dev/null || openssl pkey -pubin -in "$1" -pubout)"
modulus="$(openssl rsa -pubin -noout -modulus <<<"$public")"
exponent="$(openssl rsa -pubin -noout -text <<<"$public" | sed -n 's/^Exponent: [0-9]* (0x\([0-9a-fA-F]*\))$/\1/p')"
[[ "$modulus" == Modulus=* && -n "$exponent" ]] || { echo "$1: not an RSA key" >&2; exit 1; }

# jq's @base64 encodes text, not bytes: the hex digits are encoded here, three (12 bits) to two characters.
jq -n --arg kid "$2" --arg n "${modulus#Modulus=}" --arg e "$exponent" '
  def b64url:
    (if length % 2 == 1 then "0" + . else . end | ascii_downcase | explode
      | map(if . >= 97 then . - 87 else . - 48 end)) as $h
    | [range(0; $h | length; 3) | $h[.:. + 3]
        | if length == 3 then (.[0] * 256 + .[1] * 16 + .[2]) | [(. / 64 | floor), . % 64]
          elif length == 2 then (.[0] * 256 + .[1] * 16) | [(. / 64 | floor), . % 64]
          else [.[0] * 4] end]
    | flatten | map("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[.:. + 1]) | add;
  {kty: "RSA", use: "sig", alg: "RS256", kid: $kid, n: ($n | b64url), e: ($e | b64url)}'
