package org.duban.tasks.unit;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.duban.platform.concurrency.Versioned;

/** Requests and views of the unit directory. */
public final class UnitDtos {
    private UnitDtos() {}

    static final String REGION_MESSAGE = "must be a 6-digit administrative division code / 行政区划代码应为6位数字";

    public record CreateUnit(
            @NotNull @Pattern(regexp = "\\d{6}", message = REGION_MESSAGE) String regionCode,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String shortName,
            UnitKind kind,
            Long parentId,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases) {}

    public record UpdateUnit(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String shortName,
            UnitKind kind,
            Long parentId,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,
            @Min(0) Integer version) {}

    public record MergeUnits(@NotNull Long sourceId) {}

    public record UnitView(Long id, String regionCode, String name, String shortName, UnitKind kind, Long parentId,
            List<String> aliases, Long mergedInto, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) implements Versioned {
        /** The row's version, sent as the ETag (platform {@code EntityTags}). */
        @Override
        public long lockVersion() {
            return version;
        }

        public static UnitView of(Unit u) {
            return new UnitView(u.id, u.regionCode, u.name, u.shortName, u.kind, u.parentId, List.copyOf(u.aliases),
                    u.mergedInto, u.version, u.createdAt, u.updatedAt);
        }
    }

    public record CreateGroup(
            @NotNull @Pattern(regexp = "\\d{6}", message = REGION_MESSAGE) String regionCode,
            @NotBlank @Size(max = 200) String name,
            GroupSelector selector,
            @Size(max = 500) List<@NotNull Long> memberIds) {}

    public record UpdateGroup(GroupSelector selector, @Size(max = 500) List<@NotNull Long> memberIds,
            @Min(0) Integer version) {}

    public record MemberView(Long id, String name, UnitKind kind) {}

    public record GroupView(Long id, String regionCode, String name, GroupSelector selector, List<MemberView> members,
            int version) implements Versioned {
        /** The row's version, sent as the ETag (platform {@code EntityTags}). */
        @Override
        public long lockVersion() {
            return version;
        }
    }

    public record CreatePerson(
            @NotNull @Pattern(regexp = "\\d{6}", message = REGION_MESSAGE) String regionCode,
            @NotBlank @Size(max = 100) String name,
            Long unitId,
            @Size(max = 100) String title) {}

    public record UpdatePerson(@NotBlank @Size(max = 100) String name, Long unitId, @Size(max = 100) String title,
            @Min(0) Integer version) {}

    public record PersonView(Long id, String regionCode, String name, Long unitId, String unitName, String title,
            int version) implements Versioned {
        /** The row's version, sent as the ETag (platform {@code EntityTags}). */
        @Override
        public long lockVersion() {
            return version;
        }
    }
}
