#!/bin/sh
# The scale harness and the cold-start probe of lib-rules/README.md ("Scale on paper"), run from the repository
# root. Long: minutes to hours on two cores; the figures are printed on stdout.
set -eu
# sample:begin scale
mvn -B -ntp -q install -DskipTests
nice -n 10 mvn -B -ntp -o -q -pl lib-examples/examples -Pscale -DskipTests package \
    -Dscale.rollup=10000,100000 -Dscale.sizes=10000,100000,1000000 -Dscale.tallies=10000000
mvn -B -ntp -q -pl lib-examples/examples dependency:build-classpath -Dmdep.outputFile=target/cp.txt
java -cp "lib-examples/examples/target/classes:$(cat lib-examples/examples/target/cp.txt)" \
    vn.hoctap.examples.bench.FirstResultProbe
# sample:end scale
# The library against the hand-written evaluator in alternating windows of one thread (about 2 minutes).
# sample:begin ratio
java -Xms2g -Xmx2g -cp "lib-examples/examples/target/classes:$(cat lib-examples/examples/target/cp.txt)" \
    vn.hoctap.examples.bench.HandWrittenRatio 10
# the same over 600,000 distinct people, 12,000 a batch, as a province's stream meets them
java -Xms3g -Xmx3g -cp "lib-examples/examples/target/classes:$(cat lib-examples/examples/target/cp.txt)" \
    vn.hoctap.examples.bench.HandWrittenRatio 10 600000
# two threads against one, library and hand-written, in alternating windows of wall time
java -Xms2g -Xmx2g -cp "lib-examples/examples/target/classes:$(cat lib-examples/examples/target/cp.txt)" \
    vn.hoctap.examples.bench.ThreadScaling 10
# sample:end ratio
