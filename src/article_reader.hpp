// SPDX-License-Identifier: ISC
// Stage 1 for plain text: the page as scraped → Article. Reads the
// headline, "Key: value" metadata, bylines and dates from the header, and
// marks header and boilerplate lines as skipped so offsets stay exact.
#pragma once

#include <string>

#include "diagnostics.hpp"
#include "model.hpp"

namespace claimgraph {

struct Mappings;

/// Builds an Article from the text of a `.txt` file. `text` must already
/// be valid UTF-8 (see repair_utf8). Never fails: a text without a header
/// is all body.
Article read_text_article(const std::string& id, std::string text,
                          const std::string& source, const Mappings& mappings);

/// Marks boilerplate lines and repeated headlines in an article whose
/// metadata came from elsewhere (JSON input).
void mark_boilerplate(Article& article, const Mappings& mappings);

}  // namespace claimgraph
