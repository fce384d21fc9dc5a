#pragma once

#include <QString>

namespace planner {

// The user's mark on one key point of a session: a star and a comment.
struct Annotation
{
    QString pointKey; // KeyPoint::key() of the point, or the key of a point the user added
    bool starred = false;
    QString comment;

    friend bool operator==(const Annotation &a, const Annotation &b)
    {
        return a.pointKey == b.pointKey && a.starred == b.starred && a.comment == b.comment;
    }
};

// A key point the user wrote for a session.
struct UserKeyPoint
{
    QString key; // "u-" followed by a UUID
    QString text;
};

} // namespace planner
