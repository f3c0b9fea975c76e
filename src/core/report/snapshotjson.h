// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/analysis/liveranking.h"
#include "core/model/snapshot.h"

#include <QByteArray>
#include <QString>

#include <string>

namespace oom {

class JsonWriter;

// A note that is not about a file: {kind, subject, message, errno: null}.
struct ExtraNote {
    const char *kind; // "ranking" (the ranking's notes), "not-read" (left out on purpose)
    QString subject;
    QString message;
};

// The `oomlens.snapshot/1` document (RANK-SNAPSHOT-CONTRACT.md): the whole snapshot, with
// each task's predicted oom_score and points from `ranking`. The notes are the
// snapshot's, then `extra`, then the ranking's.
std::string snapshotToJson(const Snapshot &snapshot, const SnapshotRanking &ranking,
                           const QString &generator, const QList<ExtraNote> &extra = {});
// The same into a writer (one with a sink streams it out; JsonWriter::finish() is left
// to the caller).
void writeSnapshotJson(JsonWriter &w, const Snapshot &snapshot, const SnapshotRanking &ranking,
                       const QString &generator, const QList<ExtraNote> &extra = {});

// snapshotjsontasks.cpp
void writeCgroups(JsonWriter &w, const Snapshot &snapshot);
void writeTasks(JsonWriter &w, const Snapshot &snapshot, const SnapshotRanking &ranking);
void writeKeyed(JsonWriter &w, const KeyedCounters &counters); // {name: value, ...}
// One PSI line {avg10, avg60, avg300, total_us}, or null (system and cgroup pressure).
void writePsi(JsonWriter &w, const std::optional<PsiLine> &line);
void writeNotes(JsonWriter &w, const QList<SnapshotNote> &notes, const QList<ExtraNote> &extra);

} // namespace oom
