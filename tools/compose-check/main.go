// compose-check loads docker-compose.yml with the Compose Specification's own loader
// (github.com/compose-spec/compose-go/v2): schema validation, interpolation, extension merging,
// as `docker compose config` does, without a Docker engine. Then it checks what this project
// promises about the file: the Kafka image is the local stack's version, every service behind
// nginx has no host port of its own, and Postgres's max_connections is set.
//
//	go run . -f ../../docker-compose.yml -kafka-version 4.4.0
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/compose-spec/compose-go/v2/cli"
)

func main() {
	file := flag.String("f", "docker-compose.yml", "the compose file")
	kafkaVersion := flag.String("kafka-version", "", "the Kafka version the local stack runs (tools/kafka/pom.xml)")
	flag.Parse()

	// the .env values the file requires, as an operator's .env would give them
	env := []string{"POSTGRES_PASSWORD=x", "KEYCLOAK_ADMIN_PASSWORD=x"}
	for _, u := range []string{"ADMIN", "PROJECTS", "LAND", "SAFETY", "REPORTING", "OFFICE"} {
		env = append(env, fmt.Sprintf("KAFKA_%s_PASSWORD=x", u))
	}
	options, err := cli.NewProjectOptions([]string{*file}, cli.WithEnv(env), cli.WithName("park-ledger"))
	if err != nil {
		fail("options: %v", err)
	}
	project, err := options.LoadProject(context.Background())
	if err != nil {
		fail("%s does not load: %v", *file, err)
	}

	var problems []string
	kafkaImages := 0
	for name, service := range project.Services {
		if strings.HasPrefix(service.Image, "apache/kafka:") {
			kafkaImages++
			if *kafkaVersion != "" && service.Image != "apache/kafka:"+*kafkaVersion {
				problems = append(problems, fmt.Sprintf("%s runs %s, the local stack runs Kafka %s", name, service.Image, *kafkaVersion))
			}
		}
		if service.Build != nil && name != "web" && len(service.Ports) > 0 {
			problems = append(problems, fmt.Sprintf("%s publishes host ports: its replicas are reached through nginx (web)", name))
		}
	}
	if kafkaImages == 0 {
		problems = append(problems, "no apache/kafka service")
	}
	if pg, ok := project.Services["postgres"]; !ok || !strings.Contains(strings.Join(pg.Command, " "), "max_connections=") {
		problems = append(problems, "postgres: max_connections is not set (size it for the replicas)")
	}
	if len(problems) > 0 {
		fail("%s:\n  %s", *file, strings.Join(problems, "\n  "))
	}
	fmt.Printf("compose-check: %s is valid (%d services, compose-go loader)\n", *file, len(project.Services))
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "compose-check: "+format+"\n", args...)
	os.Exit(1)
}
