#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Sync {

// Three-way merge of one record, per field (column). `identity` fields changed on the platform
// while the record has unsent local edits always go to the conflict queue, as does "deleted".
struct MergeResult
{
    QJsonObject merged;    // what the local row becomes (conflicting fields keep mine)
    QStringList conflicts; // fields a person has to decide
};

MergeResult merge3(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs,
                   const QStringList &columns, const QStringList &identity);

// server_version of a record: "3" for one-resource kinds, "Condition=3;EpisodeOfCare=5" otherwise.
QMap<QString, QString> parseVersions(const QString &s, const QStringList &types);
QString formatVersions(const QMap<QString, QString> &v, const QStringList &types);

} // namespace Sync
