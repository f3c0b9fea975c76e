// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/memory/cgrouptreemodel.h"

#include "app/memory/memoryformat.h"
#include "core/parse/proc/cgroupowner.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

double orNan(const std::optional<qint64> &v)
{
    return v ? double(*v) : std::nan("");
}

qint64 orMinus(const std::optional<qint64> &v)
{
    return v.value_or(-1);
}

std::optional<qint64> kbOf(const std::optional<oom::Bytes> &b)
{
    return b ? std::optional<qint64>(b->value / 1024) : std::nullopt;
}

// A limit in kB; nullopt for "max"/the v1 sentinel and for unknown, with *unlimited set
// for the former.
std::optional<qint64> limitKbOf(const std::optional<oom::MemoryLimit> &limit, bool *unlimited)
{
    if (!limit)
        return std::nullopt;
    if (limit->unlimited) {
        if (unlimited)
            *unlimited = true;
        return std::nullopt;
    }
    return limit->bytes.value / 1024;
}

QString normalised(QString path)
{
    if (path.isEmpty() || !path.startsWith(u'/'))
        path.prepend(u'/');
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

CgroupTreeModel::CgroupTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_source(this, oomapp::SourceBinding::CgroupsFeed,
               {[this] {
                    reload();
                },
                nullptr,
                [this](const oomapp::SnapshotPtr &s) {
                    applySnapshot(s);
                }})
{
    reload(); // the live state until an incident is set
}

QModelIndex CgroupTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row == 0 && !m_nodes.isEmpty() ? createIndex(0, 0, quintptr(0)) : QModelIndex();
    const Node &p = m_nodes.at(int(parent.internalId()));
    if (row >= p.children.size())
        return {};
    return createIndex(row, 0, quintptr(p.children.at(row)));
}

QModelIndex CgroupTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node &node = m_nodes.at(int(child.internalId()));
    if (node.parent < 0)
        return {};
    return createIndex(m_nodes.at(node.parent).row, 0, quintptr(node.parent));
}

int CgroupTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_nodes.isEmpty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int CgroupTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QHash<int, QByteArray> CgroupTreeModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {NameRole, "name"},
            {PathRole, "path"},
            {UnitRole, "unit"},
            {UsageKbRole, "usageKb"},
            {LimitKbRole, "limitKb"},
            {LimitTextRole, "limitText"},
            {FractionRole, "fraction"},
            {HighKbRole, "highKb"},
            {SwapKbRole, "swapKb"},
            {SwapLimitKbRole, "swapLimitKb"},
            {OomRole, "oom"},
            {OomKillRole, "oomKill"},
            {MaxEventsRole, "maxEvents"},
            {HighEventsRole, "highEvents"},
            {FailcntRole, "failcnt"},
            {PsiSomeRole, "psiSome"},
            {ProcessesRole, "processes"},
            {SeverityRole, "severity"},
            {MarkRole, "mark"},
            {MarkTextRole, "markText"},
            {MovedRole, "moved"}};
}

QVariant CgroupTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    const Values &v = node.values;
    const double fraction = v.usageKb && v.limitKb && *v.limitKb > 0
        ? double(*v.usageKb) / double(*v.limitKb)
        : std::nan("");
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return node.name;
    case PathRole: return node.path;
    case UnitRole: return oom::cgroupparse::ownerFromPath(node.path).unit;
    case UsageKbRole: return orNan(v.usageKb);
    case LimitKbRole: return orNan(v.limitKb);
    case LimitTextRole:
        if (v.limitKb)
            return MemoryFormat::size(double(*v.limitKb));
        return v.unlimited ? tr("no limit") : tr("unknown");
    case FractionRole: return fraction;
    case HighKbRole: return orNan(v.highKb);
    case SwapKbRole: return orNan(v.swapKb);
    case SwapLimitKbRole: return orNan(v.swapLimitKb);
    case OomRole: return orMinus(v.oom);
    case OomKillRole: return orMinus(v.oomKill);
    case MaxEventsRole: return orMinus(v.maxEvents);
    case HighEventsRole: return orMinus(v.highEvents);
    case FailcntRole: return orMinus(v.failcnt);
    case PsiSomeRole: return v.psiSome ? *v.psiSome : std::nan("");
    case ProcessesRole: return v.processes.value_or(-1);
    case SeverityRole:
        if (node.mark & LimitHit)
            return MemoryFormat::Critical;
        return MemoryFormat::usageSeverity(fraction);
    case MarkRole: return node.mark;
    case MarkTextRole: {
        QStringList marks;
        if (node.mark & LimitHit)
            marks.append(tr("limit hit"));
        if (node.mark & IncidentCgroup)
            marks.append(tr("victim's cgroup"));
        return marks.join(tr(", "));
    }
    case MovedRole: return node.moved;
    default: return {};
    }
}

QModelIndex CgroupTreeModel::indexOfPath(const QString &path) const
{
    const QString wanted = normalised(path);
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        if (m_nodes.at(i).path == wanted)
            return createIndex(m_nodes.at(i).row, 0, quintptr(i));
    return {};
}

void CgroupTreeModel::setIncident(const QVariant &incident)
{
    if (m_source.setIncident(incident))
        Q_EMIT incidentChanged();
}

void CgroupTreeModel::setActive(bool active)
{
    if (m_source.setActive(active))
        Q_EMIT activeChanged();
}

void CgroupTreeModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    rebuild();
    Q_EMIT filterTextChanged();
}

int CgroupTreeModel::addPath(QList<Node> &nodes, QHash<QString, int> &byPath,
                             const QString &path) const
{
    if (const auto it = byPath.constFind(path); it != byPath.cend())
        return *it;
    Node node;
    node.path = path;
    if (path == u"/"_s) {
        node.name = u"/"_s;
    } else {
        const qsizetype slash = path.lastIndexOf(u'/');
        node.name = path.mid(slash + 1);
        node.parent = addPath(nodes, byPath, slash == 0 ? u"/"_s : path.left(slash));
    }
    node.values = m_all.value(path);
    node.mark = m_marks.value(path, NoMark);
    const int id = int(nodes.size());
    if (node.parent >= 0) {
        node.row = int(nodes[node.parent].children.size());
        nodes[node.parent].children.append(id);
    }
    nodes.append(node);
    byPath.insert(path, id);
    return id;
}

void CgroupTreeModel::rebuild()
{
    QList<Node> nodes;
    QHash<QString, int> byPath;
    QStringList paths = m_all.keys();
    std::sort(paths.begin(), paths.end());
    if (!paths.isEmpty())
        addPath(nodes, byPath, u"/"_s);
    for (const QString &path : std::as_const(paths)) {
        const bool shown = m_filter.isEmpty() || path.contains(m_filter, Qt::CaseInsensitive)
            || oom::cgroupparse::ownerFromPath(path).unit.contains(m_filter, Qt::CaseInsensitive);
        if (shown)
            addPath(nodes, byPath, path); // with its ancestors
    }
    for (Node &node : nodes) {
        const auto at = m_eventsAtOpen.constFind(node.path);
        node.moved = at != m_eventsAtOpen.cend()
            && *at
                != QList<qint64>{orMinus(node.values.oom), orMinus(node.values.oomKill),
                                 orMinus(node.values.maxEvents), orMinus(node.values.highEvents)};
    }
    bool sameShape = nodes.size() == m_nodes.size();
    for (qsizetype i = 0; sameShape && i < nodes.size(); ++i)
        sameShape = nodes[i].path == m_nodes[i].path;
    if (sameShape) {
        m_nodes = std::move(nodes);
        // Values changed, rows did not: the TreeView keeps what is expanded.
        for (qsizetype i = 0; i < m_nodes.size(); ++i) {
            const QModelIndex at = createIndex(m_nodes[i].row, 0, quintptr(i));
            Q_EMIT dataChanged(at, at);
        }
    } else {
        beginResetModel();
        m_nodes = std::move(nodes);
        endResetModel();
    }
    Q_EMIT treeChanged();
}

void CgroupTreeModel::reload()
{
    m_all.clear();
    m_marks.clear();
    m_eventsAtOpen.clear();
    m_incidentPath.clear();
    m_limitingPath.clear();
    m_summary.clear();
    if (const oom::Incident *incident = m_source.incident())
        loadIncident(*incident);
    else if (const auto snapshot = m_source.latestSnapshot())
        applySnapshot(snapshot);
    else
        m_summary = tr("Reading the cgroup hierarchy…");
    rebuild();
}

void CgroupTreeModel::loadIncident(const oom::Incident &incident)
{
    const oom::MemcgState &memcg = incident.event.memcg;
    if (!memcg.isPresent() && memcg.oomCgroup.isEmpty() && memcg.taskCgroup.isEmpty()) {
        m_summary =
            tr("The report names no memory cgroup: a global OOM, or a kernel that "
               "does not print the victim's cgroup.");
        return;
    }
    m_incidentPath = memcg.taskCgroup.isEmpty() ? QString() : normalised(memcg.taskCgroup);
    m_limitingPath = memcg.oomCgroup.isEmpty() ? QString() : normalised(memcg.oomCgroup);
    // The counters the report prints ("memory: usage ... limit ... failcnt") are the OOM
    // cgroup's own; a global OOM's report names the task's cgroup only.
    Values limited;
    limited.usageKb = oom::valueOf(memcg.memory.usageKb);
    limited.limitKb = oom::valueOf(memcg.memory.limitKb);
    limited.unlimited = memcg.memory.unlimited;
    limited.failcnt = memcg.memory.failcnt;
    if (memcg.swap.isPresent()) {
        limited.swapKb = oom::valueOf(memcg.swap.usageKb);
        limited.swapLimitKb = oom::valueOf(memcg.swap.limitKb);
    } else if (memcg.memsw.isPresent() && memcg.memsw.usageKb && memcg.memory.usageKb) {
        // v1: memory+swap less memory is the swap in use.
        limited.swapKb = (*memcg.memsw.usageKb - *memcg.memory.usageKb).value;
    }
    if (!m_limitingPath.isEmpty() && !memcg.hostLimit) {
        m_all.insert(m_limitingPath, limited);
        m_marks[m_limitingPath] |= LimitHit;
    }
    if (!m_incidentPath.isEmpty()) {
        if (!m_all.contains(m_incidentPath))
            m_all.insert(m_incidentPath, {});
        m_marks[m_incidentPath] |= IncidentCgroup;
    }
    // Each stat block belongs to a cgroup of the subtree (3.9-5.2 print one per memcg).
    for (const oom::MemcgStatBlock &block : memcg.stats) {
        const QString path = normalised(block.cgroup);
        Values &values = m_all[path];
        if (!values.usageKb) {
            const auto rss = block.valueKb(u"rss"_s);
            const auto anon = block.valueKb(u"anon"_s);
            const auto cache = block.valueKb(u"cache"_s);
            const auto file = block.valueKb(u"file"_s);
            if ((rss || anon) && (cache || file))
                values.usageKb =
                    (oom::orZero(rss) + oom::orZero(anon) + oom::orZero(cache) + oom::orZero(file))
                        .value;
        }
    }
    if (memcg.hostLimit)
        m_summary =
            tr("The kernel printed \"limit of host\": a system-wide OOM, not a "
               "cgroup limit.");
    else if (!m_limitingPath.isEmpty() && m_limitingPath != m_incidentPath
             && !m_incidentPath.isEmpty())
        m_summary = tr("The limit of %1, an ancestor of the victim's cgroup %2, was hit.")
                        .arg(m_limitingPath, m_incidentPath);
    else if (!m_limitingPath.isEmpty())
        m_summary = tr("The victim's own cgroup %1 hit its limit.").arg(m_limitingPath);
    else
        m_summary = tr("The victim ran in %1; no cgroup limit was hit.").arg(m_incidentPath);
}

void CgroupTreeModel::applySnapshot(const oomapp::SnapshotPtr &snapshot)
{
    if (!snapshot || !m_source.isLive())
        return;
    QHash<QString, int> processes;
    for (const oom::ProcessInfo &p : snapshot->processes)
        if (const QString path = p.memoryCgroup(); !path.isEmpty())
            ++processes[normalised(path)];
    QHash<QString, Values> all;
    QHash<QString, double> pressure; // hybrid: PSI lives on the v2 hierarchy
    for (const oom::Cgroup &cg : snapshot->cgroups) {
        const QString path = normalised(cg.path);
        if (cg.version == oom::CgroupVersion::V2 && cg.pressure.some)
            pressure.insert(path, cg.pressure.some->avg10);
        if (!cg.hasMemoryController())
            continue;
        Values v;
        v.usageKb = kbOf(cg.memoryUsage());
        v.limitKb = limitKbOf(cg.memoryLimit(), &v.unlimited);
        if (cg.version == oom::CgroupVersion::V2) {
            v.highKb = limitKbOf(cg.high, nullptr);
            v.swapKb = kbOf(cg.swapCurrent);
            v.swapLimitKb = limitKbOf(cg.swapMax, nullptr);
            v.oom = cg.events.value(u"oom");
            v.maxEvents = cg.events.value(u"max");
            v.highEvents = cg.events.value(u"high");
        } else {
            v.failcnt = cg.memory.failcnt;
            if (cg.memsw.usage && cg.memory.usage)
                v.swapKb = (cg.memsw.usage->value - cg.memory.usage->value) / 1024;
        }
        v.oomKill = cg.oomKills();
        v.processes = processes.value(path, 0);
        all.insert(path, v);
    }
    for (auto it = pressure.cbegin(); it != pressure.cend(); ++it)
        if (auto found = all.find(it.key()); found != all.end())
            found->psiSome = it.value();
    const bool first = m_eventsAtOpen.isEmpty();
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        if (first || !m_eventsAtOpen.contains(it.key()))
            m_eventsAtOpen.insert(it.key(),
                                  {orMinus(it->oom), orMinus(it->oomKill), orMinus(it->maxEvents),
                                   orMinus(it->highEvents)});
    m_all = std::move(all);
    m_summary = snapshot->cgroupLayout == oom::CgroupLayout::Unknown
        ? tr("No cgroup hierarchy is mounted.")
        // How often it is re-read is the page header's (updateIntervalSeconds).
        : tr("Now: %n memory cgroup(s).", nullptr, int(m_all.size()));
    rebuild();
}
