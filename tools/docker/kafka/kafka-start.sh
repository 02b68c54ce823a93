#!/bin/bash
# Formats the storage on first start with a SCRAM user per service (KRaft keeps SCRAM credentials in
# its metadata, so they are bootstrapped at format time), writes the admin client's settings for the
# health check, then runs the broker.
set -euo pipefail
props=/etc/park-ledger/server.properties
bin=/opt/kafka/bin
for name in ADMIN PROJECTS LAND SAFETY REPORTING OFFICE; do
  var="KAFKA_${name}_PASSWORD"
  [ -n "${!var:-}" ] || { echo "kafka: $var is not set (put it in .env)" >&2; exit 78; }
done
if [ ! -f /var/lib/kafka/data/meta.properties ]; then
  "$bin/kafka-storage.sh" format --config "$props" --cluster-id "$("$bin/kafka-storage.sh" random-uuid)" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=$KAFKA_ADMIN_PASSWORD]" \
    --add-scram "SCRAM-SHA-512=[name=projects,password=$KAFKA_PROJECTS_PASSWORD]" \
    --add-scram "SCRAM-SHA-512=[name=land,password=$KAFKA_LAND_PASSWORD]" \
    --add-scram "SCRAM-SHA-512=[name=safety,password=$KAFKA_SAFETY_PASSWORD]" \
    --add-scram "SCRAM-SHA-512=[name=reporting,password=$KAFKA_REPORTING_PASSWORD]" \
    --add-scram "SCRAM-SHA-512=[name=office,password=$KAFKA_OFFICE_PASSWORD]"
fi
jaas="org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"$KAFKA_ADMIN_PASSWORD\";"
umask 077
cat > /tmp/admin.properties <<PROPS
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=$jaas
PROPS
exec "$bin/kafka-server-start.sh" "$props" --override "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=$jaas"
