// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

// Internal to the JSON report: the memory-state parts of an event (jsonmemory.cpp), its
// analysis (jsonanalysis.cpp) and the session summary (jsonsummary.cpp).

#include "core/model/oomevent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace oom {
struct EventAnalysis;
struct SessionSummary;
} // namespace oom

namespace oom::json {

QJsonValue memcgToJson(const MemcgState &memcg); // null when the event has no memcg part
QJsonArray tasksToJson(const QList<TaskRow> &tasks);
QJsonArray zonesToJson(const QList<ZoneState> &zones);
QJsonArray buddyToJson(const QList<BuddyFreeList> &buddy);
QJsonValue meminfoToJson(const MemInfoState &meminfo); // null when not printed
QJsonValue swapToJson(const SwapState &swap); // null when not printed
QJsonArray hugepagesToJson(const QList<HugepagePool> &pools);
QJsonArray slabToJson(const QList<SlabCache> &caches);

// jsonanalysis.cpp and jsonsummary.cpp
QJsonObject analysisToJson(const OomEvent &event, const EventAnalysis &analysis);
QJsonObject summaryToJson(const SessionSummary &summary);

} // namespace oom::json
