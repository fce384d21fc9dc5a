#pragma once

#include "localizedtext.h"

#include <QHash>

#include <mutex>

namespace planner {

// Chinese content in Traditional script as read in Taiwan, by OpenCC's s2twp
// conversion (Simplified characters, and mainland phrasing such as 软件 → 軟體).
// Text with no Han character, and Japanese (which has kana), is left as written.
// Thread-safe; OpenCC's dictionaries load at the first text that needs them.
class TraditionalChinese : public ChineseRendering
{
public:
    TraditionalChinese();
    ~TraditionalChinese() override;
    TraditionalChinese(const TraditionalChinese &) = delete;
    TraditionalChinese &operator=(const TraditionalChinese &) = delete;

    // The one the program installs (LocalizedText::setChineseRendering).
    static const TraditionalChinese &shared();

    QString render(const QString &text) const override;
    // Whether OpenCC's s2twp configuration could be loaded (it is in libopencc-data).
    bool isAvailable() const;

    // Installs shared() unless the user asked for text as written.
    static void install(bool asWritten);

private:
    bool open() const; // with m_lock held

    // A standard mutex, not QMutex: ThreadSanitizer sees its locking (Debian's Qt is
    // not instrumented, so a contended QMutex would look like no lock at all).
    mutable std::mutex m_lock;
    mutable void *m_converter = nullptr; // opencc_t
    mutable bool m_tried = false;
    // Titles are asked for at every paint: each is converted once.
    mutable QHash<QString, QString> m_converted;
};

} // namespace planner
