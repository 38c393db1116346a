// SPDX-License-Identifier: ISC
// The confidence model: p = (r·c + (1 − r)·0.5)·m, where r is the source's
// reliability, c the credibility of the wording and m the modality factor.
// An unreliable source pulls the number toward 0.5 ("cannot tell"), never
// below it: reliability says how far the words can be taken at face value.

#include "confidence.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>

#include "json_util.hpp"
#include "mappings.hpp"
#include "segmenter.hpp"
#include "text.hpp"

namespace claimgraph {

const char* icd203_band(double p) {
  // ICD 203 (2015), "Expressions of likelihood".
  if (p < 0.05) return "AlmostNoChance";
  if (p < 0.20) return "VeryUnlikely";
  if (p < 0.45) return "Unlikely";
  if (p < 0.55) return "RoughlyEvenChance";
  if (p < 0.80) return "Likely";
  if (p < 0.95) return "VeryLikely";
  return "AlmostCertain";
}

namespace {

char grade_of(const std::string& s) { return s.size() == 1 ? s[0] : '\0'; }

bool read_grades(const nlohmann::json& j, const char* key, std::map<std::string, char>& out,
                 const std::string& file, Diagnostics& diag) {
  const auto it = j.find(key);
  if (it == j.end()) return true;
  if (!it->is_object()) {
    diag.error({file, 0, 0}, std::string("in /reliability/") + key + ": expected an object");
    return false;
  }
  bool ok = true;
  for (const auto& [name, grade] : it->items()) {
    const char g = grade.is_string() ? grade_of(grade.get<std::string>()) : '\0';
    if (g < 'A' || g > 'F') {
      diag.error({file, 0, 0}, std::string("in /reliability/") + key + "/" + name +
                                   ": expected a grade \"A\" to \"F\"");
      ok = false;
      continue;
    }
    out[name] = g;
  }
  return ok;
}

void fill(WordSet& set, const std::vector<std::string>& phrases) {
  for (const std::string& p : phrases) set.add(phrase_keys(p));
}

/// Longest phrase of `set` starting at token i, or 0; `ids` are the
/// tokens' Vocabulary ids.
std::size_t match_at(const PhraseSet& set, const std::vector<WordId>& ids, std::size_t i) {
  return set.longest_at(i, [&](std::size_t k) { return k < ids.size() ? ids[k] : no_word; });
}

std::string phrase_text(const std::vector<Token>& t, std::size_t i, std::size_t n) {
  std::string out;
  for (std::size_t k = i; k < i + n; ++k) out += (k > i ? " " : "") + t[k].key;
  return out;
}

/// What the wording of an evidence sentence says about credibility.
struct Wording {
  double credibility = 0;         ///< before clamping
  std::vector<std::string> cues;  ///< the estimative words and hedges, in order
};

/// The estimative band (the first one only) and the hedges in `evidence`.
Wording compute_wording(const std::string& evidence, const Mappings& m) {
  const ConfidenceModel& model = m.confidence;
  Wording w;
  w.credibility = model.base_credibility;
  const auto tokens = tokenize(evidence, 0);
  std::vector<WordId> ids;
  ids.reserve(tokens.size());
  for (const Token& t : tokens) ids.push_back(m.vocabulary.find(t.key));
  bool estimated = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    // No phrase starts here: nothing below would match.
    if (ids[i] == no_word || !model.cue_starts[static_cast<std::size_t>(ids[i])]) continue;
    if (!estimated) {
      std::size_t best = 0;
      const ConfidenceModel::Band* band = nullptr;
      for (const auto& b : model.estimative) {
        const std::size_t n = match_at(*b.ids, ids, i);
        if (n > best) { best = n; band = &b; }
      }
      if (band) {
        w.credibility = (band->low + band->high) / 2;
        estimated = true;
        w.cues.push_back(phrase_text(tokens, i, best));
        i += best - 1;
        continue;
      }
    }
    for (const auto& h : model.hedges) {
      if (const std::size_t n = match_at(*h.ids, ids, i)) {
        w.credibility *= h.factor;
        w.cues.push_back(phrase_text(tokens, i, n));
        i += n - 1;
        break;
      }
    }
  }
  return w;
}

/// compute_wording, remembered for the last sentence on this thread: the
/// claims of one sentence are scored one after the other, and tokenizing
/// the sentence again for each was most of the cost of scoring.
const Wording& read_wording(const std::string& evidence, const Mappings& m) {
  struct Last {
    std::uint64_t model = 0;
    std::string evidence;
    Wording wording;
  };
  thread_local Last last;
  if (last.model != m.confidence.serial || last.evidence != evidence) {
    last.wording = compute_wording(evidence, m);
    last.model = m.confidence.serial;
    last.evidence = evidence;
  }
  return last.wording;
}

}  // namespace

bool load_confidence_model(const std::string& file, const Inflector& inflector,
                           ConfidenceModel& model, Diagnostics& diag) {
  (void)inflector;
  static std::atomic<std::uint64_t> models{0};
  model.serial = ++models;
  const auto doc = read_json_file(file, diag);
  if (!doc || !check_keys(*doc, {"comment", "reliability", "base_credibility", "estimative", "hedges",
                                 "modality", "credibility_codes", "corroboration"},
                          file, "", diag)) {
    return false;
  }
  bool ok = true;
  const auto& rel = (*doc)["reliability"];
  if (!check_keys(rel, {"grades", "default", "by_class", "by_entity", "by_publisher"}, file, "/reliability", diag)) {
    return false;
  }
  const nlohmann::json grades = rel.value("grades", nlohmann::json::object());
  for (const auto& [g, value] : grades.items()) {
    if (g.size() != 1 || !value.is_number() || value.get<double>() < 0 || value.get<double>() > 1) {
      diag.error({file, 0, 0}, "in /reliability/grades/" + g + ": expected a number in [0, 1]");
      ok = false;
      continue;
    }
    model.grades[g[0]] = value.get<double>();
  }
  model.default_grade = grade_of(rel.value("default", "F"));
  ok = read_grades(rel, "by_class", model.by_class, file, diag) && ok;
  ok = read_grades(rel, "by_entity", model.by_entity, file, diag) && ok;
  ok = read_grades(rel, "by_publisher", model.by_publisher, file, diag) && ok;
  model.base_credibility = doc->value("base_credibility", 0.7);
  const nlohmann::json bands = doc->value("estimative", nlohmann::json::array());
  for (const auto& band : bands) {
    ConfidenceModel::Band b;
    fill(b.phrases, band.value("phrases", std::vector<std::string>{}));
    b.low = band.value("low", 0.0);
    b.high = band.value("high", 1.0);
    model.estimative.push_back(std::move(b));
  }
  const nlohmann::json hedges = doc->value("hedges", nlohmann::json::array());
  for (const auto& hedge : hedges) {
    ConfidenceModel::Hedge h;
    fill(h.phrases, hedge.value("phrases", std::vector<std::string>{}));
    h.factor = hedge.value("factor", 1.0);
    model.hedges.push_back(std::move(h));
  }
  const std::pair<const char*, Modality> modalities[] = {
      {"Actual", Modality::actual}, {"Planned", Modality::planned},
      {"Possible", Modality::possible}, {"Requested", Modality::requested}};
  const nlohmann::json factors = doc->value("modality", nlohmann::json::object());
  for (const auto& [name, m] : modalities) model.modality[m] = factors.value(name, 1.0);
  const nlohmann::json codes = doc->value("credibility_codes", nlohmann::json::array());
  for (const auto& c : codes) {
    model.credibility_codes.emplace_back(c.value("min", 0.0), c.value("code", "6"));
  }
  const auto corr = doc->value("corroboration", nlohmann::json::object());
  model.denial_discount = corr.value("denial_discount", 0.5);
  model.truthy_threshold = corr.value("truthy_threshold", 0.5);
  return ok;
}

void score_confidence(Claim& c, const Article& a, const Mappings& m) {
  const ConfidenceModel& model = m.confidence;
  // Reliability: the claimant's grade, else the publisher's, else default.
  char grade = model.default_grade;
  if (!c.claimant.empty()) {
    const Entity* e = m.entity(c.claimant);
    if (const auto it = model.by_entity.find(c.claimant); it != model.by_entity.end()) grade = it->second;
    else if (e) {
      if (const auto jt = model.by_class.find(e->cls); jt != model.by_class.end()) grade = jt->second;
    }
  } else if (const auto it = model.by_publisher.find(a.publisher); it != model.by_publisher.end()) {
    grade = it->second;
  }
  const auto g = model.grades.find(grade);
  const double r = g == model.grades.end() ? 0.5 : g->second;
  // Credibility of the wording in the evidence sentence.
  const Wording& wording = read_wording(c.evidence, m);
  double cred = wording.credibility;
  c.cues.insert(c.cues.end(), wording.cues.begin(), wording.cues.end());
  cred = std::clamp(cred, 0.01, 0.99);
  const auto mod = model.modality.find(c.modality);
  const double factor = mod == model.modality.end() ? 1.0 : mod->second;
  const double p = (r * cred + (1.0 - r) * 0.5) * factor;
  c.confidence = std::round(p * 1000.0) / 1000.0;
  c.confidence_level = icd203_band(c.confidence);
  std::string code = "6";
  for (const auto& [min, digit] : model.credibility_codes) {
    if (cred >= min) { code = digit; break; }
  }
  c.source_grade = std::string(1, grade) + code;
  std::sort(c.cues.begin(), c.cues.end());
  c.cues.erase(std::unique(c.cues.begin(), c.cues.end()), c.cues.end());
}

}  // namespace claimgraph
