package org.hscheck.bench;

/**
 * Cold-start figures, each from a fresh child JVM.
 *
 * @param launcher        how the child was started ("java -jar target/hscheck.jar" or "java -cp ...")
 * @param jvmMillis       wall time of a child that starts and exits at once (JVM and launcher start-up)
 * @param oneMillis       wall time of a child that loads the rules, checks one file and renders JSON
 * @param rulesMillis     rule set load inside that child
 * @param checkMillis     the check itself inside that child (first, cold run)
 * @param renderMillis    JSON rendering inside that child, or -1 when no renderer is available
 * @param checkCmdMillis  wall time of the {@code check} command on the same file, or -1 when it is not available
 * @param scriptMillis    wall time of {@code bin/hscheck check} on the same file (unpacked jar, class-data archive,
 *                        quick JIT tier), or -1 when the script is not there
 * @param smallHeapOk     whether the large PDF was checked under the small heap
 * @param smallHeapDetail what the small-heap child reported (or why it failed)
 */
public record ColdStart(String launcher, String file, double jvmMillis, double oneMillis, double rulesMillis,
                        double checkMillis, double renderMillis, double checkCmdMillis, double scriptMillis, String smallHeapFile,
                        String smallHeap, boolean smallHeapOk, String smallHeapDetail) {}
