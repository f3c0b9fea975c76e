// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPoint>
#include <QRegularExpression>
#include <QSet>
#include <QTextLayout>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <chrono>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class LineIndexer;
class LogHighlighter;
class LogLineReader;
class LogSearch;
class QTemporaryFile;
struct LineIndexBatch;

// One row of the log view, as it is painted.
struct LogRow {
    qint64 line = 0;
    QString text;
    QList<QTextLayout::FormatRange> formats; // its colours; none without a highlighter
    QList<std::pair<qsizetype, qsizetype>> matches; // of the last search: start, length
    bool inReport = false;
    bool marked = false;
    bool pending = false; // its text is not read yet: painted without it until it is
};

// The log view's model: one row per line of one input, on a line index built in the
// background (LineIndexer); a row's text is read, decoded and highlighted only when the view
// asks for it (the visible rows). Rows appear while the index grows. The text is read on a
// thread of its own (LogLineReader): a row not read yet is empty (LogRow::pending) and
// changes (dataChanged, Qt::DisplayRole) when its text arrives.
//
// Optionally the rows are restricted to line spans: `reportsOnly` shows only the lines of
// the OOM reports the session found in this input (`reportSpans`), and `firstLine` /
// `lastLine` show one range (an incident's raw report).
class LogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    // QML sees line numbers and byte counts as double: Qt 6.4's QML tooling has no type for
    // qint64, and a double holds them exactly below 2^53.
    Q_PROPERTY(double firstLine READ firstLineForQml WRITE setFirstLineForQml NOTIFY rangeChanged)
    Q_PROPERTY(double lastLine READ lastLineForQml WRITE setLastLineForQml NOTIFY rangeChanged)
    Q_PROPERTY(
        QVariantList reportSpans READ reportSpans WRITE setReportSpans NOTIFY reportSpansChanged)
    Q_PROPERTY(bool reportsOnly READ reportsOnly WRITE setReportsOnly NOTIFY reportsOnlyChanged)
    Q_PROPERTY(
        double markedLine READ markedLineForQml WRITE setMarkedLineForQml NOTIFY markedLineChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    Q_PROPERTY(double lineCount READ lineCountForQml NOTIFY lineCountChanged)
    Q_PROPERTY(bool highlighted READ isHighlighted CONSTANT)
    Q_PROPERTY(bool searching READ isSearching NOTIFY searchingChanged)
    Q_PROPERTY(QString searchMessage READ searchMessage NOTIFY searchingChanged)

public:
    enum class Status { Empty, Indexing, Ready, Failed };
    Q_ENUM(Status)
    enum Role { LineNumberRole = Qt::UserRole + 1, InReportRole, MarkedRole };

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString source() const { return m_source; }
    void setSource(const QString &displayPath);
    qint64 firstLine() const { return m_firstLine; }
    void setFirstLine(qint64 line);
    qint64 lastLine() const { return m_lastLine; }
    void setLastLine(qint64 line);
    QVariantList reportSpans() const;
    void setReportSpans(const QVariantList &spans); // QPoint(first, last) each
    bool reportsOnly() const { return m_reportsOnly; }
    void setReportsOnly(bool only);
    qint64 markedLine() const { return m_markedLine; }
    void setMarkedLine(qint64 line);
    Status status() const { return m_status; }
    QString errorString() const { return m_error; }
    qint64 lineCount() const { return m_lineCount; }
    bool isHighlighted() const;
    bool isSearching() const { return m_searching; }
    QString searchMessage() const { return m_searchMessage; }

    // Row `row` read, decoded and highlighted (what LogLinesItem paints); an empty LogRow
    // for a row out of range; `pending` when its text is not read yet.
    LogRow displayRow(int row) const;
    // The view is about to show rows first..last: asks for their text and for a screen's
    // worth on either side, then waits for theirs at most `budget` (a local file answers in
    // well under a millisecond; a stalled one leaves the rows pending, not the window stuck).
    void prepareRows(int first, int last, std::chrono::milliseconds budget);

    // The row showing `line`, or the nearest row after it; -1 when none.
    Q_INVOKABLE int rowOfLine(qint64 line) const;
    Q_INVOKABLE qint64 lineOfRow(int row) const;
    // Starts a search after (forward) or before `fromLine`; the answer comes as found().
    // Its matches are marked in every row shown (LogRow::matches) until the next search.
    Q_INVOKABLE void search(const QString &pattern, bool regex, bool caseSensitive, qint64 fromLine,
                            bool forward);
    // The plain text of lines first..last as far as it is read (the rows in view are); for a
    // screen reader's description of the selection.
    Q_INVOKABLE QString text(qint64 first, qint64 last) const;
    // Puts lines first..last (at most LogLineReader::MaxTextLines) on the clipboard once
    // they are read; copied() follows.
    Q_INVOKABLE void copyLines(qint64 first, qint64 last);

Q_SIGNALS:
    void sourceChanged();
    void rangeChanged();
    void reportSpansChanged();
    void reportsOnlyChanged();
    void markedLineChanged();
    void statusChanged();
    void lineCountChanged();
    void searchingChanged();
    void found(qint64 line);
    void copied(); // copyLines() put its lines on the clipboard

private:
    double firstLineForQml() const { return double(m_firstLine); }
    void setFirstLineForQml(double line) { setFirstLine(qint64(line)); }
    double lastLineForQml() const { return double(m_lastLine); }
    void setLastLineForQml(double line) { setLastLine(qint64(line)); }
    double markedLineForQml() const { return double(m_markedLine); }
    void setMarkedLineForQml(double line) { setMarkedLine(qint64(line)); }
    double lineCountForQml() const { return double(lineCount()); }

    void restart();
    void onOpened(const QString &readablePath, std::shared_ptr<QTemporaryFile> copy);
    void onBatch(const LineIndexBatch &batch);
    void onGroupsRead();
    // Line `line` decoded, or nothing when it is not read yet (then it is asked for).
    std::optional<QString> lineText(qint64 line) const;
    void setStatus(Status status, const QString &error = {});
    void rebuildRows(); // model reset with the current spans
    bool isInReport(qint64 line) const;
    void setMatchExpression(const QRegularExpression &expression);
    QList<QPoint> activeSpans() const; // empty: every line
    qint64 rowsFor(qint64 lineCount) const;

    QString m_source;
    qint64 m_firstLine = 0;
    qint64 m_lastLine = 0;
    QList<QPoint> m_reportSpans; // sorted, merged
    bool m_reportsOnly = false;
    qint64 m_markedLine = 0;
    Status m_status = Status::Empty;
    QString m_error;
    bool m_searching = false;
    QString m_searchMessage;

    std::unique_ptr<LineIndexer> m_indexer;
    std::unique_ptr<LogSearch> m_search;
    std::shared_ptr<QTemporaryFile> m_copy;
    QString m_readablePath;
    std::vector<qint64> m_checkpoints; // the index: where each group of lines starts
    qint64 m_lineCount = 0;
    std::unique_ptr<LogLineReader> m_reader;
    mutable QSet<qint64> m_awaitedGroups; // shown or returned empty before they were read
    quint64 m_copyTicket = 0;
    mutable std::unique_ptr<LogHighlighter> m_highlighter;
    mutable bool m_highlighterDark = false; // the theme it was made with
    QRegularExpression m_matchExpression; // of the last search; empty pattern: none
    // Rows shown: prefix sums over the active spans (row → line by binary search).
    QList<QPoint> m_spans;
    QList<qint64> m_spanStartRow;
    qint64 m_rows = 0;
};
