// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/logmodel.h"

#include "app/lineindexer.h"
#include "app/loghighlighter.h"
#include "app/loglinereader.h"
#include "app/logsearch.h"
#include "app/severitymap.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTemporaryFile>

#include <algorithm>
#include <climits>
#include <limits>
#include <utility>

namespace {
constexpr qint64 NoEnd = std::numeric_limits<qint64>::max();

QList<QPoint> mergedSpans(QList<QPoint> spans)
{
    std::sort(spans.begin(), spans.end(), [](const QPoint &a, const QPoint &b) {
        return a.x() < b.x();
    });
    QList<QPoint> merged;
    for (const QPoint &span : std::as_const(spans)) {
        if (span.x() < 1 || span.y() < span.x())
            continue;
        if (!merged.isEmpty() && span.x() <= merged.last().y() + 1)
            merged.last().setY(std::max(merged.last().y(), span.y()));
        else
            merged.append(span);
    }
    return merged;
}
} // namespace

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_search(std::make_unique<LogSearch>())
{
    connect(m_search.get(), &LogSearch::found, this, [this](qint64 line) {
        m_searching = false;
        m_searchMessage.clear();
        Q_EMIT searchingChanged();
        Q_EMIT found(line);
    });
    connect(m_search.get(), &LogSearch::notFound, this, [this] {
        m_searching = false;
        m_searchMessage = tr("No match.");
        Q_EMIT searchingChanged();
    });
    connect(m_search.get(), &LogSearch::invalidPattern, this, [this](const QString &error) {
        m_searching = false;
        m_searchMessage = error;
        Q_EMIT searchingChanged();
    });
}

LogModel::~LogModel() = default;

int LogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(std::min<qint64>(m_rows, std::numeric_limits<int>::max()));
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {LineNumberRole, "lineNumber"},
        {InReportRole, "inReport"},
        {MarkedRole, "marked"},
    };
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 line = lineOfRow(index.row());
    switch (role) {
    case Qt::DisplayRole: return lineText(line).value_or(QString());
    case LineNumberRole: return line;
    case InReportRole: return isInReport(line);
    case MarkedRole: return line == m_markedLine;
    default: return {};
    }
}

LogRow LogModel::displayRow(int row) const
{
    const qint64 line = lineOfRow(row);
    if (line <= 0)
        return {};
    // The theme follows the palette: a switch between light and dark re-colours the rows
    // (the view lays them out again when its own colours change with the palette).
    const bool dark = SeverityMap::isDarkPalette();
    if (!m_highlighter || dark != m_highlighterDark) {
        m_highlighter = std::make_unique<LogHighlighter>(dark);
        m_highlighterDark = dark;
    }
    LogRow shown;
    shown.line = line;
    std::optional<QString> text = lineText(line);
    shown.pending = !text;
    shown.text = std::move(text).value_or(QString());
    shown.formats = m_highlighter->formats(shown.text);
    shown.inReport = isInReport(line);
    shown.marked = line == m_markedLine;
    if (!m_matchExpression.pattern().isEmpty()) {
        // A bounded number per line: a pattern like "." would otherwise mark every character.
        constexpr int MaxMatchesPerLine = 64;
        for (auto it = m_matchExpression.globalMatch(shown.text);
             it.hasNext() && shown.matches.size() < MaxMatchesPerLine;) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength() > 0)
                shown.matches.append({match.capturedStart(), match.capturedLength()});
        }
    }
    return shown;
}

std::optional<QString> LogModel::lineText(qint64 line) const
{
    if (line < 1 || line > m_lineCount || !m_reader)
        return QString();
    const qint64 group = (line - 1) / LineIndexStride;
    const std::shared_ptr<const QStringList> lines = m_reader->group(group);
    if (!lines) {
        m_reader->request({group});
        m_awaitedGroups.insert(group);
        return std::nullopt;
    }
    const qsizetype at = qsizetype((line - 1) % LineIndexStride);
    return at < lines->size() ? lines->at(at) : QString();
}

void LogModel::prepareRows(int first, int last, std::chrono::milliseconds budget)
{
    if (!m_reader || first > last)
        return;
    const auto groupsOf = [this](int from, int to) {
        QList<qint64> groups;
        for (int row = std::max(from, 0); row <= to && row < m_rows; ++row) {
            const qint64 group = (lineOfRow(row) - 1) / LineIndexStride;
            if (groups.isEmpty() || groups.constLast() != group)
                groups.append(group);
        }
        return groups;
    };
    const int page = last - first + 1;
    const QList<qint64> shown = groupsOf(first, last);
    // The rows in view first, then the next screen down, then the one up: scrolling a page
    // finds its lines read already.
    m_reader->request(shown + groupsOf(last + 1, last + page) + groupsOf(first - page, first - 1));
    m_reader->waitFor(shown, budget);
}

void LogModel::onGroupsRead()
{
    if (!m_reader)
        return;
    // Rows shown empty, or returned empty by data(), get their text now. The set is done
    // with before a signal goes out: a receiver may ask for more rows.
    QList<qint64> arrived;
    for (const qint64 group : std::as_const(m_awaitedGroups))
        if (m_reader->group(group))
            arrived.append(group);
    for (const qint64 group : std::as_const(arrived))
        m_awaitedGroups.remove(group);
    for (const qint64 group : std::as_const(arrived)) {
        const qint64 firstLine = group * LineIndexStride + 1;
        const int firstRow = rowOfLine(firstLine);
        const int nextRow = rowOfLine(firstLine + LineIndexStride);
        const int lastRow = nextRow < 0 ? rowCount() - 1 : nextRow - 1;
        if (firstRow >= 0 && firstRow <= lastRow)
            Q_EMIT dataChanged(index(firstRow), index(lastRow), {Qt::DisplayRole});
    }
}

void LogModel::setMatchExpression(const QRegularExpression &expression)
{
    if (expression == m_matchExpression)
        return;
    m_matchExpression = expression;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

bool LogModel::isInReport(qint64 line) const
{
    return std::any_of(m_reportSpans.cbegin(), m_reportSpans.cend(), [line](const QPoint &s) {
        return line >= s.x() && line <= s.y();
    });
}

bool LogModel::isHighlighted() const
{
    return LogHighlighter::isAvailable();
}

void LogModel::setSource(const QString &displayPath)
{
    if (displayPath == m_source)
        return;
    m_source = displayPath;
    Q_EMIT sourceChanged();
    restart();
}

void LogModel::setFirstLine(qint64 line)
{
    if (line == m_firstLine)
        return;
    m_firstLine = line;
    Q_EMIT rangeChanged();
    restart(); // the index may stop at lastLine: start again
}

void LogModel::setLastLine(qint64 line)
{
    if (line == m_lastLine)
        return;
    m_lastLine = line;
    Q_EMIT rangeChanged();
    restart();
}

QVariantList LogModel::reportSpans() const
{
    QVariantList list;
    for (const QPoint &span : m_reportSpans)
        list.append(span);
    return list;
}

void LogModel::setReportSpans(const QVariantList &spans)
{
    QList<QPoint> points;
    for (const QVariant &span : spans)
        points.append(span.toPoint());
    points = mergedSpans(points);
    if (points == m_reportSpans)
        return;
    m_reportSpans = points;
    Q_EMIT reportSpansChanged();
    rebuildRows();
}

void LogModel::setReportsOnly(bool only)
{
    if (only == m_reportsOnly)
        return;
    m_reportsOnly = only;
    Q_EMIT reportsOnlyChanged();
    rebuildRows();
}

void LogModel::setMarkedLine(qint64 line)
{
    if (line == m_markedLine)
        return;
    const qint64 previous = m_markedLine;
    m_markedLine = line;
    Q_EMIT markedLineChanged();
    for (qint64 changed : {previous, line}) {
        const int row = rowOfLine(changed);
        if (row >= 0 && lineOfRow(row) == changed)
            Q_EMIT dataChanged(index(row), index(row), {MarkedRole});
    }
}

QList<QPoint> LogModel::activeSpans() const
{
    QList<QPoint> spans;
    if (m_reportsOnly)
        spans = m_reportSpans;
    else
        spans = {QPoint(1, std::numeric_limits<int>::max())};
    if (m_firstLine > 0 || m_lastLine > 0) {
        const qint64 first = std::max<qint64>(m_firstLine, 1);
        const qint64 last = m_lastLine > 0 ? m_lastLine : NoEnd;
        QList<QPoint> clipped;
        for (const QPoint &span : std::as_const(spans)) {
            const qint64 from = std::max<qint64>(span.x(), first);
            const qint64 to = std::min<qint64>(span.y(), last);
            if (from <= to)
                clipped.append(QPoint(int(from), int(std::min<qint64>(to, INT_MAX))));
        }
        spans = clipped;
    }
    return spans;
}

qint64 LogModel::rowsFor(qint64 lineCount) const
{
    qint64 rows = 0;
    for (const QPoint &span : m_spans) {
        if (span.x() > lineCount)
            break;
        rows += std::min<qint64>(span.y(), lineCount) - span.x() + 1;
    }
    return rows;
}

void LogModel::rebuildRows()
{
    beginResetModel();
    m_spans = activeSpans();
    m_spanStartRow.clear();
    qint64 start = 0;
    for (const QPoint &span : std::as_const(m_spans)) {
        m_spanStartRow.append(start);
        start += qint64(span.y()) - span.x() + 1;
    }
    m_rows = rowsFor(m_lineCount);
    endResetModel();
}

qint64 LogModel::lineOfRow(int row) const
{
    if (row < 0 || row >= m_rows)
        return 0;
    const auto it = std::upper_bound(m_spanStartRow.cbegin(), m_spanStartRow.cend(), qint64(row));
    const qsizetype span = (it - m_spanStartRow.cbegin()) - 1;
    return m_spans.at(span).x() + (row - m_spanStartRow.at(span));
}

int LogModel::rowOfLine(qint64 line) const
{
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        const QPoint &span = m_spans.at(i);
        if (line > span.y())
            continue;
        const qint64 row = m_spanStartRow.at(i) + std::max<qint64>(line - span.x(), 0);
        return row < m_rows ? int(row) : -1;
    }
    return -1;
}

void LogModel::restart()
{
    m_search->cancel();
    m_indexer.reset();
    m_reader.reset();
    m_checkpoints.clear();
    m_lineCount = 0;
    m_awaitedGroups.clear();
    m_copy.reset();
    m_readablePath.clear();
    rebuildRows();
    Q_EMIT lineCountChanged();
    if (m_source.isEmpty()) {
        setStatus(Status::Empty);
        return;
    }
    setStatus(Status::Indexing);
    m_indexer = std::make_unique<LineIndexer>(m_source, m_lastLine);
    connect(m_indexer.get(), &LineIndexer::opened, this, &LogModel::onOpened);
    connect(m_indexer.get(), &LineIndexer::batch, this, &LogModel::onBatch);
    connect(m_indexer.get(), &LineIndexer::finished, this, [this] {
        setStatus(Status::Ready);
    });
    connect(m_indexer.get(), &LineIndexer::failed, this, [this](const QString &error) {
        setStatus(Status::Failed, tr("%1 cannot be shown: %2").arg(m_source, error));
    });
    m_indexer->start();
}

void LogModel::onOpened(const QString &readablePath, std::shared_ptr<QTemporaryFile> copy)
{
    m_copy = std::move(copy);
    m_readablePath = readablePath;
    m_reader = std::make_unique<LogLineReader>(readablePath);
    m_reader->appendIndex(QList<qint64>(m_checkpoints.cbegin(), m_checkpoints.cend()), m_lineCount);
    connect(m_reader.get(), &LogLineReader::groupsRead, this, &LogModel::onGroupsRead);
    connect(m_reader.get(), &LogLineReader::textRead, this,
            [this](quint64 ticket, const QString &text) {
                if (ticket != m_copyTicket)
                    return; // a later copy replaced it
                QGuiApplication::clipboard()->setText(text);
                Q_EMIT copied();
            });
    connect(m_reader.get(), &LogLineReader::failed, this, [this](const QString &error) {
        m_indexer.reset();
        setStatus(Status::Failed, tr("%1 cannot be shown: %2").arg(m_source, error));
    });
}

void LogModel::onBatch(const LineIndexBatch &batch)
{
    m_checkpoints.insert(m_checkpoints.end(), batch.checkpoints.cbegin(), batch.checkpoints.cend());
    m_lineCount = batch.lineCount;
    if (m_reader)
        m_reader->appendIndex(batch.checkpoints, batch.lineCount);
    const qint64 rows = rowsFor(batch.lineCount);
    if (rows > m_rows) {
        beginInsertRows({}, int(m_rows), int(std::min<qint64>(rows, INT_MAX) - 1));
        m_rows = rows;
        endInsertRows();
    }
    Q_EMIT lineCountChanged();
}

void LogModel::setStatus(Status status, const QString &error)
{
    if (status == m_status && error == m_error)
        return;
    m_status = status;
    m_error = error;
    Q_EMIT statusChanged();
}

void LogModel::search(const QString &pattern, bool regex, bool caseSensitive, qint64 fromLine,
                      bool forward)
{
    if (m_readablePath.isEmpty() || m_lineCount == 0)
        return;
    m_searching = true;
    m_searchMessage = tr("Searching…");
    Q_EMIT searchingChanged();
    const LogSearch::Query query{pattern, regex, caseSensitive, fromLine, forward};
    const QRegularExpression expression = LogSearch::expressionOf(query);
    setMatchExpression(expression.isValid() ? expression : QRegularExpression());
    m_search->start(m_readablePath, m_checkpoints, m_lineCount, query);
}

QString LogModel::text(qint64 first, qint64 last) const
{
    QStringList lines;
    for (qint64 line = first; line <= last && line - first < LogLineReader::MaxTextLines; ++line)
        lines.append(lineText(line).value_or(QString()));
    return lines.join(QLatin1Char('\n'));
}

void LogModel::copyLines(qint64 first, qint64 last)
{
    if (m_reader && first >= 1 && first <= last)
        m_copyTicket = m_reader->readText(first, last);
}
