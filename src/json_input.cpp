// SPDX-License-Identifier: ISC
// JSON article and statement records.

#include "json_input.hpp"

#include <cmath>

#include "json_util.hpp"
#include "literals.hpp"
#include "mappings.hpp"
#include "qualifiers.hpp"
#include "text.hpp"

namespace claimgraph {

using nlohmann::json;

namespace {

const std::vector<std::string> article_keys{"id", "title", "url", "publisher", "author",
                                            "date", "language", "text"};
const std::vector<std::string> statement_keys{
    "subject", "predicate", "object", "claimant", "polarity", "modality", "confidence",
    "evidence", "quantity", "date", "materiel", "role", "rule"};

bool read_article(const json& j, const std::string& file, const std::string& ptr,
                  const Location& at, Article& a, Diagnostics& diag) {
  const std::size_t before = diag.error_count();
  for (const auto& item : j.items()) {
    bool known = false;
    for (const auto& k : article_keys) known = known || k == item.key();
    if (!known && item.key() != "statements" && item.key() != "article") {
      diag.warning(at, "in " + (ptr.empty() ? std::string("/") : ptr) + ": unknown key \"" +
                           item.key() + "\" ignored");
    }
  }
  Diagnostics local;
  a.id = get_string(j, "id", file, ptr, local);
  a.title = get_string(j, "title", file, ptr, local);
  a.url = get_string(j, "url", file, ptr, local);
  a.publisher = get_string(j, "publisher", file, ptr, local);
  a.author = get_string(j, "author", file, ptr, local);
  const std::string lang = get_string(j, "language", file, ptr, local);
  // An invalid tag would make every evidence literal unwritable.
  if (!lang.empty() && is_valid_language_tag(lang)) a.language = lang;
  else if (!lang.empty()) {
    diag.warning(at, "in " + ptr + "/language: \"" + lang + "\" is not a language tag; \"" +
                         a.language + "\" assumed");
  }
  a.text = get_string(j, "text", file, ptr, local);
  const std::string date = get_string(j, "date", file, ptr, local);
  for (const Diagnostic& d : local.all()) diag.error(at, d.message);
  if (!date.empty()) {
    if (auto d = parse_date(date)) a.date = *d;
    else if (is_valid_date(date.substr(0, 10))) a.date = date.substr(0, 10);
    else diag.warning(at, "in " + ptr + "/date: cannot read date \"" + date + "\"; ignored");
  }
  if (a.id.empty()) diag.error(at, "in " + (ptr.empty() ? std::string("/") : ptr) + ": missing \"id\"");
  return diag.error_count() == before;
}

std::optional<Modality> modality_from(const std::string& s) {
  if (s.empty() || s == "Actual") return Modality::actual;
  if (s == "Planned") return Modality::planned;
  if (s == "Possible") return Modality::possible;
  if (s == "Requested") return Modality::requested;
  return std::nullopt;
}

bool read_statement(const json& j, const std::string& file, const std::string& ptr,
                    const Location& at, InputStatement& st, Diagnostics& diag) {
  if (!j.is_object()) {
    diag.error(at, "in " + ptr + ": expected a statement object, found " + std::string(j.type_name()));
    return false;
  }
  for (const auto& item : j.items()) {
    bool known = false;
    for (const auto& k : statement_keys) known = known || k == item.key();
    if (!known) diag.warning(at, "in " + ptr + ": unknown key \"" + item.key() + "\" ignored");
  }
  Diagnostics local;
  st.subject = get_string(j, "subject", file, ptr, local);
  st.predicate = get_string(j, "predicate", file, ptr, local);
  st.object = get_string(j, "object", file, ptr, local);
  st.claimant = get_string(j, "claimant", file, ptr, local);
  const std::string polarity = get_string(j, "polarity", file, ptr, local);
  const std::string modality = get_string(j, "modality", file, ptr, local);
  st.claim.evidence = get_string(j, "evidence", file, ptr, local);
  st.claim.rule = get_string(j, "rule", file, ptr, local);
  for (const char* q : {"materiel", "role"}) {
    const std::string v = get_string(j, q, file, ptr, local);
    if (!v.empty()) st.claim.qualifiers.push_back({q, v, "string"});
  }
  const std::string date = get_string(j, "date", file, ptr, local);
  for (const Diagnostic& d : local.all()) diag.error(at, d.message);
  bool ok = local.all().empty();
  for (const auto& [key, value] : {std::pair{"subject", &st.subject}, {"predicate", &st.predicate},
                                   {"object", &st.object}}) {
    if (value->empty()) {
      diag.error(at, "in " + ptr + ": missing \"" + key + "\"");
      ok = false;
    }
  }
  if (polarity == "Negated") st.claim.polarity = Polarity::negated;
  else if (!polarity.empty() && polarity != "Affirmed") {
    diag.error(at, "in " + ptr + "/polarity: \"" + polarity + "\"; expected Affirmed or Negated");
    ok = false;
  }
  if (auto m = modality_from(modality)) st.claim.modality = *m;
  else {
    diag.error(at, "in " + ptr + "/modality: \"" + modality +
                       "\"; expected Actual, Planned, Possible or Requested");
    ok = false;
  }
  if (const auto c = j.find("confidence"); c != j.end() && !c->is_null()) {
    if (!c->is_number() || c->get<double>() < 0.0 || c->get<double>() > 1.0 ||
        !std::isfinite(c->get<double>())) {
      diag.error(at, "in " + ptr + "/confidence: expected a number in [0, 1]");
      ok = false;
    } else {
      st.claim.confidence = c->get<double>();
    }
  }
  if (const auto q = j.find("quantity"); q != j.end() && !q->is_null()) {
    if (q->is_number_integer()) {
      st.claim.qualifiers.push_back({"quantity", std::to_string(q->get<long long>()), "integer"});
    } else {
      diag.error(at, "in " + ptr + "/quantity: expected an integer, found " + std::string(q->type_name()));
      ok = false;
    }
  }
  if (!date.empty()) {
    if (is_valid_date(date)) st.claim.qualifiers.push_back({"date", date, "date"});
    else if (is_valid_year_month(date)) st.claim.qualifiers.push_back({"date", date, "gYearMonth"});
    else if (auto d = parse_date(date)) st.claim.qualifiers.push_back({"date", *d, "date"});
    else {
      diag.error(at, "in " + ptr + "/date: \"" + date + "\" is not a date (YYYY-MM-DD or YYYY-MM)");
      ok = false;
    }
  }
  if (st.claim.rule.empty()) st.claim.rule = "json";
  st.where = at;
  return ok;
}

void read_record(const json& j, const std::string& file, const std::string& ptr,
                 const Location& at, std::vector<InputRecord>& out, Diagnostics& diag) {
  if (!j.is_object()) {
    diag.error(at, "in " + (ptr.empty() ? std::string("/") : ptr) +
                       ": expected an article or statements object, found " + std::string(j.type_name()));
    return;
  }
  InputRecord r;
  const auto statements = j.find("statements");
  const json& meta = j.contains("article") && j["article"].is_object() ? j["article"] : j;
  const std::string meta_ptr = &meta == &j ? ptr : ptr + "/article";
  if (!read_article(meta, file, meta_ptr, at, r.article, diag)) return;
  r.has_text = meta.contains("text");
  if (statements == j.end() && !r.has_text) {
    diag.error(at, "in " + (ptr.empty() ? std::string("/") : ptr) +
                       ": article \"" + r.article.id + "\" has neither \"text\" nor \"statements\"");
    return;
  }
  if (statements != j.end()) {
    if (!statements->is_array()) {
      diag.error(at, "in " + ptr + "/statements: expected an array");
      return;
    }
    for (std::size_t i = 0; i < statements->size(); ++i) {
      InputStatement st;
      if (read_statement((*statements)[i], file, ptr + "/statements/" + std::to_string(i), at, st, diag)) {
        r.statements.push_back(std::move(st));
      }
    }
  }
  out.push_back(std::move(r));
}

}  // namespace

std::vector<InputRecord> read_json_records(const std::string& text,
                                           const std::string& file, bool lines,
                                           Diagnostics& diag) {
  std::vector<InputRecord> out;
  const LineIndex index(text);
  if (!lines) {
    const auto doc = parse_json_text(text, 0, text.size(), file, diag);
    if (!doc) return out;
    const Location at{file, 0, 0};
    if (doc->is_array()) {
      for (std::size_t i = 0; i < doc->size(); ++i) read_record((*doc)[i], file, "/" + std::to_string(i), at, out, diag);
    } else {
      read_record(*doc, file, "", at, out, diag);
    }
    return out;
  }
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (!trim(std::string_view(text).substr(start, end - start)).empty()) {
      if (const auto doc = parse_json_text(text, start, end - start, file, diag)) {
        Location at = index.locate(file, start);
        at.column = 0;
        read_record(*doc, file, "", at, out, diag);
      }
    }
    start = end + 1;
  }
  return out;
}

std::string resolve_entity(const std::string& label, const Mappings& m,
                           const std::string& entity_base) {
  if (label.empty()) return "";
  if (label.rfind(entity_base, 0) == 0) {
    const std::string id = label.substr(entity_base.size());
    return m.entity(id) ? id : "";
  }
  for (const char* wd : {"http://www.wikidata.org/entity/", "https://www.wikidata.org/entity/",
                         "https://www.wikidata.org/wiki/", "wd:"}) {
    const std::string prefix = wd;
    const std::string qid = label.rfind(prefix, 0) == 0 ? label.substr(prefix.size()) : "";
    if (qid.empty()) continue;
    for (const Entity& e : m.entities) {
      if (e.qid == qid) return e.id;
    }
    return "";
  }
  if (m.entity(label)) return label;
  const auto it = m.label_index.find(token_key(label));
  return it == m.label_index.end() ? "" : it->second;
}

}  // namespace claimgraph
