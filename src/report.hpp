// SPDX-License-Identifier: ISC
// ReportView → one self-contained HTML page: the page template, its CSS and
// script and Cytoscape.js inlined, the data embedded as JSON. Pure: the
// assets come in as strings (report_assets.hpp reads them); nothing is fetched.
#pragma once

#include <string>
#include <string_view>

#include "report_model.hpp"

namespace claimgraph {

/// The files a report is made of (report/ and Cytoscape.js), as text.
struct ReportAssets {
  std::string page;       ///< report/report.html with {{PLACEHOLDERS}}
  std::string style;      ///< report/report.css
  std::string script;     ///< report/report.js
  std::string cytoscape;  ///< cytoscape.min.js
};

/// Escapes & < > " ' for HTML text and attribute values.
std::string html_escape(std::string_view text);

/// Makes text safe inside <script> or <style>: every "</" becomes "<\/",
/// so no "</script" (any case) can close the element early.
std::string inline_script(std::string_view code);

/// The view as JSON text that is safe inside <script type="application/json">:
/// '<', '>' and '&' are written as \u escapes, invalid UTF-8 is replaced.
std::string report_json(const ReportView& view, const std::string& title);

/// Replaces each {{NAME}} of `page` (in one pass: inserted text is never
/// scanned again) and returns the HTML page.
std::string render_report(const ReportView& view, const ReportAssets& assets,
                          const std::string& title);

}  // namespace claimgraph
