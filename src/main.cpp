// SPDX-License-Identifier: ISC
// argv → Config → run → exit code. Nothing else.

#include <boost/program_options/errors.hpp>

#include <iostream>
#include <stdexcept>

#include "cli.hpp"
#include "cli_commands.hpp"
#include "huge_pages.hpp"

int main(int argc, char** argv) {
  using namespace claimgraph;
  use_huge_pages(argv);
  try {
    const std::optional<Config> cfg = parse_command_line(argc, argv);
    if (!cfg) return exit_ok;
    return run_command(*cfg);
  } catch (const boost::program_options::error& e) {
    std::cerr << "claimgraph: " << e.what() << "\nTry 'claimgraph --help'.\n";
    return exit_usage;
  } catch (const std::invalid_argument& e) {
    std::cerr << "claimgraph: " << e.what() << "\nTry 'claimgraph --help'.\n";
    return exit_usage;
  }
}
