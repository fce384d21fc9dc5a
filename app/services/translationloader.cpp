#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace planner {

TranslationLoader::TranslationLoader() = default;

TranslationLoader::~TranslationLoader()
{
    removeInstalled();
}

void TranslationLoader::removeInstalled()
{
    if (m_ours)
        QCoreApplication::removeTranslator(m_ours.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_ours.reset();
    m_qt.reset();
}

bool TranslationLoader::install(Language language)
{
    removeInstalled();
    m_language = language;
    if (language == Language::Chinese) {
        m_qt = std::make_unique<QTranslator>();
        if (m_qt->load(
                QStringLiteral("qtbase_zh_TW"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt.get());
    }
    // English is the source language; its catalogue supplies plural forms.
    m_ours = std::make_unique<QTranslator>();
    if (!m_ours->load(QStringLiteral(":/i18n/conference-planner_") + languageTag(language)))
        return false;
    QCoreApplication::installTranslator(m_ours.get());
    return true;
}

} // namespace planner
