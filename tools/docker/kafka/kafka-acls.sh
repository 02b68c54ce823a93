#!/bin/bash
# Each service's Kafka user may do only its part: a department writes its own topic (and reads the
# projects topic for the park's zones, the office topic for the periods closed), reporting reads every department topic with its groups.
set -euo pipefail
bin=/opt/kafka/bin
cat > /tmp/admin.properties <<PROPS
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
PROPS
acl() { "$bin/kafka-acls.sh" --bootstrap-server kafka:9092 --command-config /tmp/admin.properties --add --force "$@"; }
for d in projects land safety office; do
  acl --allow-principal "User:$d" --operation Write --operation Describe --operation Create --topic "park.$d.events"
done
for d in land safety; do
  acl --allow-principal "User:$d" --operation Read --operation Describe --topic park.projects.events
  acl --allow-principal "User:$d" --operation Read --group "$d.park-zones"
done
for d in projects land safety; do
  acl --allow-principal "User:$d" --operation Read --operation Describe --topic park.office.events
  acl --allow-principal "User:$d" --operation Read --group "$d.period-closes"
done
for d in projects land safety office; do
  acl --allow-principal User:reporting --operation Read --operation Describe --operation Create --topic "park.$d.events"
done
# the live group and every rebuild's (park-reporting-rebuild-v<N>)
acl --allow-principal User:reporting --operation Read --operation Describe --group park-reporting --resource-pattern-type prefixed
echo "kafka-acls: done"
