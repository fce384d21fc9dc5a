#include "localizedtext.h"

#include <atomic>

namespace planner {

namespace {

// Read by every thread that prints a text, changed only by the window's choice.
std::atomic<const ChineseRendering *> installedRendering { nullptr };

} // namespace

QString LocalizedText::written(Language language) const
{
    const QString &preferred = language == Language::Chinese ? zh : en;
    const QString &other = language == Language::Chinese ? en : zh;
    return preferred.isEmpty() ? other : preferred;
}

QString LocalizedText::text(Language language) const
{
    const ChineseRendering *rendering = language == Language::Chinese
        ? installedRendering.load(std::memory_order_acquire)
        : nullptr;
    return rendering ? rendering->render(written(language)) : written(language);
}

void LocalizedText::setChineseRendering(const ChineseRendering *rendering)
{
    installedRendering.store(rendering, std::memory_order_release);
}

const ChineseRendering *LocalizedText::chineseRendering()
{
    return installedRendering.load(std::memory_order_acquire);
}

bool LocalizedText::contains(const QString &needle) const
{
    return zh.contains(needle, Qt::CaseInsensitive) || en.contains(needle, Qt::CaseInsensitive);
}

} // namespace planner
