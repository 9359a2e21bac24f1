#!/bin/bash
# create-topics.sh BOOTSTRAP [REPLICATION_FACTOR]: creates the pipeline's topics, each with its
# partitions and configuration, and brings the configuration of existing ones in line. Runs once
# in the apache/kafka image before the stages start (compose.yaml, service kafka-topics).
#
# The list below is org.imhfinder.schema.Topics.ALL; a test in deploy/production-check fails the
# build when the two differ, and prints the lines to paste here.
set -euo pipefail

bootstrap="${1:?usage: create-topics.sh BOOTSTRAP [REPLICATION_FACTOR]}"
replication="${2:-1}"
bin=/opt/kafka/bin

# topic NAME PARTITIONS [KEY=VALUE...]
topic() {
  local name="$1" partitions="$2"
  shift 2
  local configs=()
  for config in "$@"; do configs+=(--config "$config"); done
  "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --create --if-not-exists \
    --topic "$name" --partitions "$partitions" --replication-factor "$replication" "${configs[@]}"
  if [ "$#" -gt 0 ]; then
    "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --alter --entity-type topics \
      --entity-name "$name" --add-config "$(IFS=,; echo "$*")"
  fi
  echo "topic $name: $partitions partitions${*:+, $*}"
}

topic imh.pages.v1 6 max.message.bytes=16777216 retention.ms=604800000
topic imh.page-outcomes.v1 6 retention.ms=2592000000
topic imh.programs.v1 6 cleanup.policy=compact
topic imh.curation.v1 3 retention.bytes=-1 retention.ms=-1
topic imh.dlq.v1 1 max.message.bytes=16777216 retention.ms=2592000000
topic imh.crawl-requests.v1 1
topic imh.crawls.v1 1 cleanup.policy=compact
topic imh.documents.v1 3 cleanup.policy=compact max.message.bytes=4194304
topic imh.listing-state.v1 6 cleanup.policy=compact
topic imh.crawl-parts.v1 1 cleanup.policy=compact
topic imh.frontier.v1 6 retention.ms=604800000
topic imh.page-memory.v1 3 cleanup.policy=compact
topic imh.recheck-hints.v1 3 cleanup.policy=compact
