// SPDX-License-Identifier: ISC
// std::sort on up to `jobs` threads: each sorts a slice, then the slices are
// merged pairwise. The result is the same sequence std::sort gives for a
// strict weak order whose equal elements are indistinguishable (which is
// how canonicalize and the writer use it: equal quads are removed after).
#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace claimgraph {

template <class T, class Less>
void parallel_sort(std::vector<T>& v, Less less, unsigned jobs) {
  constexpr std::size_t min_slice = 50000;  // below this, threads cost more
  std::size_t slices = 1;
  while (slices * 2 <= jobs && v.size() / (slices * 2) >= min_slice) slices *= 2;
  if (slices == 1) {
    std::sort(v.begin(), v.end(), less);
    return;
  }
  std::vector<std::size_t> cut(slices + 1);
  for (std::size_t i = 0; i <= slices; ++i) cut[i] = v.size() * i / slices;
  const auto at = [&](std::size_t i) { return v.begin() + static_cast<std::ptrdiff_t>(cut[i]); };
  std::vector<std::thread> pool;
  for (std::size_t i = 1; i < slices; ++i) pool.emplace_back([&, i] { std::sort(at(i), at(i + 1), less); });
  std::sort(at(0), at(1), less);
  for (std::thread& t : pool) t.join();
  for (std::size_t width = 1; width < slices; width *= 2) {
    pool.clear();
    for (std::size_t i = 0; i + width < slices; i += 2 * width) {
      const std::size_t end = std::min(i + 2 * width, slices);
      pool.emplace_back([&, i, width, end] { std::inplace_merge(at(i), at(i + width), at(end), less); });
    }
    for (std::thread& t : pool) t.join();
  }
}

}  // namespace claimgraph
