package org.innovationportfolio.store;

import static org.innovationportfolio.store.SqlValues.date;
import static org.innovationportfolio.store.SqlValues.instant;
import static org.innovationportfolio.store.SqlValues.uuid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.innovationportfolio.logic.ports.BriefingHistoryRepository;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.ports.PackRecord;
import org.innovationportfolio.logic.ports.ProjectSnapshot;
import org.innovationportfolio.logic.ports.ProjectSnapshot.MilestoneSnapshot;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The briefing packs produced and their project snapshots, in the {@code briefing_*} tables. */
final class JdbiBriefingHistoryRepository implements BriefingHistoryRepository {

    private final Handle handle;

    JdbiBriefingHistoryRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void record(PackRecord pack) {
        String packId = uuid(pack.id());
        handle.createUpdate("INSERT INTO briefing_pack (id, produced_at, board, meeting_date, marking) "
                + "VALUES (:id, :produced, :board, :meetingDate, :marking)")
                .bind("id", packId)
                .bind("produced", instant(pack.produced()))
                .bind("board", pack.board())
                .bind("meetingDate", date(pack.meetingDate()))
                .bind("marking", pack.marking().name())
                .execute();
        PreparedBatch projects = handle.prepareBatch("INSERT INTO briefing_project (pack_id, project_id, list_index, "
                + "title, stage, rag) VALUES (:packId, :projectId, :index, :title, :stage, :rag)");
        PreparedBatch milestones = handle.prepareBatch("INSERT INTO briefing_milestone (pack_id, project_id, "
                + "milestone_id, list_index, title, due_date, done) VALUES (:packId, :projectId, :milestoneId, :index, "
                + ":title, :due, :done)");
        int index = 0;
        for (ProjectSnapshot project : pack.projects()) {
            projects.bind("packId", packId).bind("projectId", uuid(project.projectId())).bind("index", index++)
                    .bind("title", project.title()).bind("stage", project.stage().name())
                    .bind("rag", project.rag() == null ? null : project.rag().name()).add();
            int m = 0;
            for (MilestoneSnapshot milestone : project.milestones()) {
                milestones.bind("packId", packId).bind("projectId", uuid(project.projectId()))
                        .bind("milestoneId", uuid(milestone.milestoneId())).bind("index", m++)
                        .bind("title", milestone.title()).bind("due", date(milestone.due()))
                        .bind("done", milestone.done()).add();
            }
        }
        if (!pack.projects().isEmpty()) {
            projects.execute();
        }
        if (pack.projects().stream().anyMatch(p -> !p.milestones().isEmpty())) {
            milestones.execute();
        }
    }

    @Override
    public Optional<PackRecord> latestBefore(String board, java.time.LocalDate meetingDate) {
        Optional<String> id = handle.createQuery("SELECT id FROM briefing_pack WHERE board = :board AND meeting_date < :date "
                + "ORDER BY produced_at DESC, id DESC FETCH FIRST 1 ROWS ONLY").bind("board", board)
                .bind("date", date(meetingDate)).mapTo(String.class).findOne();
        if (id.isEmpty()) {
            id = handle.createQuery("SELECT id FROM briefing_pack WHERE meeting_date < :date "
                    + "ORDER BY produced_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")
                    .bind("date", date(meetingDate)).mapTo(String.class).findOne();
        }
        return id.map(this::load);
    }

    @Override
    public List<PackRecord> findAll() {
        return handle.createQuery("SELECT id FROM briefing_pack ORDER BY produced_at DESC, id DESC").mapTo(String.class)
                .list().stream().map(this::load).toList();
    }

    private PackRecord load(String packId) {
        Map<String, List<MilestoneSnapshot>> milestones = new HashMap<>();
        handle.createQuery("SELECT project_id, milestone_id, title, due_date, done FROM briefing_milestone "
                + "WHERE pack_id = :id ORDER BY project_id, list_index").bind("id", packId)
                .map((rs, ctx) -> {
                    milestones.computeIfAbsent(rs.getString("project_id").strip(), k -> new ArrayList<>())
                            .add(new MilestoneSnapshot(uuid(rs, "milestone_id"), rs.getString("title"), date(rs, "due_date"),
                                    rs.getBoolean("done")));
                    return null;
                }).list();
        List<ProjectSnapshot> projects = handle.createQuery("SELECT project_id, title, stage, rag FROM briefing_project "
                + "WHERE pack_id = :id ORDER BY list_index").bind("id", packId)
                .map((rs, ctx) -> {
                    String rag = rs.getString("rag");
                    return new ProjectSnapshot(uuid(rs, "project_id"), rs.getString("title"), Stage.valueOf(rs.getString("stage")),
                            rag == null ? null : Rag.valueOf(rag),
                            milestones.getOrDefault(rs.getString("project_id").strip(), List.of()));
                }).list();
        return handle.createQuery("SELECT id, produced_at, board, meeting_date, marking FROM briefing_pack WHERE id = :id")
                .bind("id", packId)
                .map((rs, ctx) -> new PackRecord(UUID.fromString(rs.getString("id").strip()), instant(rs, "produced_at"),
                        rs.getString("board"), date(rs, "meeting_date"), Marking.valueOf(rs.getString("marking")), projects))
                .one();
    }
}
