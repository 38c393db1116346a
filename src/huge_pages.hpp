// SPDX-License-Identifier: ISC
// Transparent huge pages for the heap, through glibc's own switch.
//
// A batch run keeps every quad in memory until it is written; on virtual
// machines a page fault costs microseconds, and a 5,000-article run
// touches about 300,000 fresh 4 KiB pages. glibc backs its heap with 2 MiB
// transparent huge pages when the tunable glibc.malloc.hugetlb=1 is set,
// which it reads only at start-up: so the process sets it and re-executes
// itself once (measured: 16.1 s -> 10.9 s for 5,000 articles to Turtle,
// same output). CLAIMGRAPH_HUGEPAGES=0 turns this off (profilers such as
// valgrind must not see the re-execution). A failed exec changes nothing.
#pragma once

namespace claimgraph {

/// Re-executes the program with glibc.malloc.hugetlb=1 unless it is set
/// already or switched off; returns only when it does not re-execute.
void use_huge_pages(char** argv);

}  // namespace claimgraph
