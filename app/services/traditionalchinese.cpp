#include "traditionalchinese.h"

#include <opencc/opencc.h>

namespace planner {

namespace {

enum class Script { None, Han, Japanese };

// Whether `text` has Han characters to convert; Japanese kana, or Korean
// Hangul beside them, mark a text whose Han characters are not Chinese.
Script scriptOf(const QString &text)
{
    bool han = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x2E80)
            continue;
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0xAC00 && u <= 0xD7AF))
            return Script::Japanese;
        if ((u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || c.isHighSurrogate())
            han = true;
    }
    return han ? Script::Han : Script::None;
}

constexpr qsizetype cacheLimit = 200000; // about 20 MB of titles; cleared when full

} // namespace

TraditionalChinese::TraditionalChinese() = default;

TraditionalChinese::~TraditionalChinese()
{
    if (m_converter)
        opencc_close(static_cast<opencc_t>(m_converter));
}

const TraditionalChinese &TraditionalChinese::shared()
{
    static const TraditionalChinese converter;
    return converter;
}

void TraditionalChinese::install(bool asWritten)
{
    LocalizedText::setChineseRendering(asWritten ? nullptr : &shared());
}

bool TraditionalChinese::open() const
{
    if (!m_tried) {
        m_tried = true;
        const opencc_t converter = opencc_open("s2twp.json");
        if (converter != reinterpret_cast<opencc_t>(-1))
            m_converter = converter;
    }
    return m_converter != nullptr;
}

bool TraditionalChinese::isAvailable() const
{
    const std::lock_guard<std::mutex> locker(m_lock);
    return open();
}

QString TraditionalChinese::render(const QString &text) const
{
    if (scriptOf(text) != Script::Han)
        return text;
    const std::lock_guard<std::mutex> locker(m_lock);
    if (const auto it = m_converted.constFind(text); it != m_converted.cend())
        return *it;
    if (!open())
        return text;
    const QByteArray utf8 = text.toUtf8();
    char *converted = opencc_convert_utf8(
        static_cast<opencc_t>(m_converter), utf8.constData(), size_t(utf8.size()));
    if (!converted)
        return text;
    const QString result = QString::fromUtf8(converted);
    opencc_convert_utf8_free(converted);
    if (m_converted.size() >= cacheLimit)
        m_converted.clear();
    m_converted.insert(text, result);
    return result;
}

} // namespace planner
