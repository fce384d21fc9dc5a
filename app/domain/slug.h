#pragma once

#include <QString>

namespace planner {

// A stable identifier from free text: lower case, letters (any script) and
// digits kept, every other run of characters turned into a single '-'.
// "Technical - Beginner" -> "technical-beginner"; "量子計算" stays "量子計算".
QString slugify(const QString &text);

} // namespace planner
