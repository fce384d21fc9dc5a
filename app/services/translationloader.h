#pragma once

#include "language.h"

#include <QTranslator>
#include <memory>

namespace planner {

// Installs the catalogues for one interface language: ours (compiled into the
// binary under :/i18n/) and, for Chinese, Qt's own, so standard buttons and
// dialogs speak the same language. Installing another language replaces them,
// which sends every widget a LanguageChange event.
class TranslationLoader
{
public:
    TranslationLoader();
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader &) = delete;
    TranslationLoader &operator=(const TranslationLoader &) = delete;

    // False when our catalogue for `language` is missing from the build.
    bool install(Language language);
    Language language() const { return m_language; }

private:
    void removeInstalled();

    Language m_language = Language::English;
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace planner
