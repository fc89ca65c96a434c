-- Failed logins per user name (SHA-256 of it) and per client address, shared by every node of a cluster
-- (account/LoginThrottle). An Argon2id hash with its parameters is longer than the BCrypt hashes this column was
-- sized for (about 105 characters with its {argon2} prefix).

create table login_throttle (
    throttle_key varchar(100) primary key,
    failures     integer not null,
    window_start timestamp with time zone not null,
    locked_until timestamp with time zone,
    lockouts     integer not null
);

alter table user_account alter column password_hash set data type varchar(255);
