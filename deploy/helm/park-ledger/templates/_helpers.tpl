{{- define "park-ledger.name" -}}
{{- printf "%s-%s" .root.Release.Name .service | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "park-ledger.labels" -}}
app.kubernetes.io/name: park-ledger
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .service }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{- define "park-ledger.selector" -}}
app.kubernetes.io/name: park-ledger
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .service }}
{{- end -}}

{{- /* reporting's SUBJECT_KEY_SOURCES: each department service's in-cluster address */}}
{{- define "park-ledger.subjectKeySources" -}}
{{- $sources := list -}}
{{- range $service, $spec := .Values.services -}}
{{- if $spec.department -}}
{{- $sources = append $sources (printf "%s=http://%s:%v" $service (include "park-ledger.name" (dict "root" $ "service" $service)) $.Values.service.port) -}}
{{- end -}}
{{- end -}}
{{- join "," $sources -}}
{{- end -}}
