#pragma once

#include <QLocale>
#include <QString>

namespace planner {

// The two languages the product speaks. Content in any other language is kept
// as written and shown in both.
enum class Language { English, Chinese };

// "en" or "zh_TW": the tag used in settings, files and the command line.
QString languageTag(Language language);
// Accepts "en", "en_US", "zh_TW", "zh-Hant", "zh_HK"...; anything unknown is English.
Language languageFromTag(const QString &tag);
// The locale dates and numbers are written in: zh_TW or en_US.
QLocale localeOf(Language language);

} // namespace planner
