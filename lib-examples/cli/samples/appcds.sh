#!/bin/sh
# Class-data sharing for the runnable jar (Java 17), run from the repository root after
# `mvn -B -ntp -DskipTests package`: one run writes the classes it loaded to an archive, and every later run maps them
# from it instead of reading, verifying and linking them from the jar. RunnableJarTest runs it. The archive is valid
# for this jar and this Java build only: after a new `package` or another JDK the JVM says "Unable to use shared
# archive" on stderr and runs without it, as fast as before; write it again then.
set -eu

# sample:begin appcds
# once after each build: evaluate requests of every kind, keep the classes that took in target/hoctap.jsa
java -XX:ArchiveClassesAtExit=lib-examples/cli/target/hoctap.jsa -jar lib-examples/cli/target/hoctap.jar \
     evaluate lib-examples/cli/samples/mixed.jsonl > /dev/null
# every run after: the same command line with the archive (also for `serve`)
java -XX:SharedArchiveFile=lib-examples/cli/target/hoctap.jsa -jar lib-examples/cli/target/hoctap.jar \
     evaluate --kind unit lib-examples/examples/src/main/resources/vn/hoctap/examples/units/01-ubnd-xa-tan-lap.json
# sample:end appcds
