package org.duban.tasks.unit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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

    /**
     * One contact as the office enters it: a name, what the person does for the unit, and where mail reaches them
     * (an e-mail address; a phone for people, not used for sending).
     */
    public record ContactInput(
            @NotBlank @Size(max = 100) String name,
            @NotNull UnitContact.Role role,
            @Email(message = "must be an e-mail address / 邮箱格式不正确") @Size(max = 254) String email,
            @Pattern(regexp = "[0-9+\\- ()]{5,30}", message = "must be a phone number / 电话号码格式不正确") String phone) {}

    /** The unit's whole contact list (at most 20; empty removes them all), with the unit's version. */
    public record ContactsUpdate(
            @NotNull @Size(max = 20) List<@Valid @NotNull ContactInput> contacts,
            @Min(0) Integer version) {}

    public record ContactView(String name, UnitContact.Role role, String email, String phone) {}

    /** A unit's contacts in order, with the unit's version (the ETag; send it back to change them). */
    public record ContactsView(Long unitId, String regionCode, String unitName, List<ContactView> contacts, int version)
            implements Versioned {
        @Override
        public long lockVersion() {
            return version;
        }
    }

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
